package org.verso.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * The error bundles (err*) and what the quality checks say (check): every message is translated into every shipped language with the same placeholders,
 * and the English that {@link EnglishBundles} writes without a running application is exactly Qute's.
 */
@QuarkusTest
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class ErrorBundlesTest {

    private static final List<String> TRANSLATIONS = List.of("ru", "fa", "tg");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\|.*?\\|}|\\{\\w+}");

    @Test
    void everyErrorMessageIsTranslatedWithTheSamePlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Class<?> bundle : errorBundles()) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Properties english = load(name + "_en");
            for (String language : TRANSLATIONS) {
                Properties translated = load(name + "_" + language);
                for (Method method : bundle.getDeclaredMethods()) {
                    String key = method.getName();
                    String text = translated.getProperty(key);
                    if (text == null || text.isBlank()) {
                        problems.add(name + "_" + language + ": " + key + " is missing");
                    } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                        problems.add(name + "_" + language + ": " + key + " has " + placeholders(text)
                                + " where English has " + placeholders(english.getProperty(key)));
                    }
                }
                assertEquals(english.keySet(), translated.keySet(), name + "_" + language + " has other keys");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theEnglishWrittenWithoutTheApplicationIsQutesEnglish() throws Exception {
        int checked = 0;
        for (Class<?> bundle : errorBundles()) {
            Object qute = MessageBundles.get(bundle, Localized.Literal.of("en"));
            Object direct = EnglishBundles.direct(bundle);
            for (Method method : bundle.getDeclaredMethods()) {
                Object[] args = new Object[method.getParameterCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = method.getParameterTypes()[i] == int.class ? 40 + i : "<v" + i + "> & {x}";
                }
                assertEquals(method.invoke(qute, args), method.invoke(direct, args), bundle.getSimpleName() + "."
                        + method.getName());
                checked++;
            }
        }
        assertTrue(checked > 230, "only " + checked + " error messages found");
    }

    @Test
    void aPersianBundleGivesPersian() {
        assertEquals("سند 7 وجود ندارد.", MessageBundles.get(org.verso.document.ErrDocument.class,
                Localized.Literal.of("fa")).thereDocument(7));
    }

    private static List<Class<?>> errorBundles() {
        List<Class<?>> bundles = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.verso")) {
            if (c.isAnnotatedWith(MessageBundle.class) && (c.getAnnotationOfType(MessageBundle.class).value()
                    .startsWith("err") || c.getAnnotationOfType(MessageBundle.class).value().equals("check"))) {
                bundles.add(c.reflect());
            }
        }
        assertTrue(bundles.size() >= 21, "error bundles found: " + bundles);
        return bundles;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ErrorBundlesTest.class.getResourceAsStream("/messages/" + file + ".properties")) {
            assertTrue(in != null, file + ".properties is missing");
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
