package org.verso.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.web.UiLocale;

/**
 * Every message of every bundle, in every shipped language, renders with sample arguments: a message template that
 * names a parameter it does not have, or a plural case written {@code {#case one}} (unquoted, so read as a value
 * that is not there), fails here rather than as a 500 on the one page that shows it. Counts are tried as 1, 3 and 21,
 * so each plural branch a language has is reached.
 */
@QuarkusTest
@Tag("once")
class EveryMessageRendersTest {

    private static List<Class<?>> bundles() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.verso")) {
            if (type.isInterface() && type.isAnnotatedWith(MessageBundle.class)) {
                found.add(type.reflect());
            }
        }
        return found;
    }

    private static Object sample(Class<?> type, long count) {
        if (type == int.class || type == Integer.class) {
            return (int) count;
        }
        if (type == long.class || type == Long.class) {
            return count;
        }
        if (type == double.class || type == Double.class) {
            return (double) count;
        }
        if (type == boolean.class || type == Boolean.class) {
            return count % 2 == 1;
        }
        if (type == String.class) {
            return "sample";
        }
        return null;
    }

    @Test
    void everyMessageRendersInEveryLanguage() throws Exception {
        List<Class<?>> bundles = bundles();
        List<String> broken = new ArrayList<>();
        int rendered = 0;
        for (Class<?> bundle : bundles) {
            for (String language : UiLocale.SHIPPED) {
                Object messages = MessageBundles.get(bundle, Localized.Literal.of(language));
                for (Method method : bundle.getMethods()) {
                    if (method.isDefault() || method.getReturnType() != String.class) {
                        continue;
                    }
                    for (long count : new long[] {1, 3, 21}) {
                        Object[] args = new Object[method.getParameterCount()];
                        for (int i = 0; i < args.length; i++) {
                            args[i] = sample(method.getParameterTypes()[i], count);
                        }
                        try {
                            method.invoke(messages, args);
                            rendered++;
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            Throwable cause = e.getCause() == null ? e : e.getCause();
                            broken.add(bundle.getSimpleName() + "." + method.getName() + " [" + language + "]: "
                                    + cause.getMessage());
                            break;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "messages that do not render (" + rendered + " rendered, " + bundles.size()
                + " bundles)");
    }
}
