package org.verso.failure;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundles in English, with or without a running application: Qute's own bundle when the container runs, else
 * (a plain unit test) the English properties file read directly. The direct reading knows only what Verso's error
 * messages use — {@code {param}} and unparsed {@code {|text|}} — and {@code ErrorBundlesTest} checks it writes
 * exactly what Qute writes for every error message.
 */
public final class EnglishBundles implements Bundles {

    public static final EnglishBundles INSTANCE = new EnglishBundles();
    private static final Pattern PART = Pattern.compile("\\{\\|(.*?)\\|}|\\{(\\w+)}", Pattern.DOTALL);
    private static final Map<Class<?>, Object> DIRECT = new ConcurrentHashMap<>();

    private EnglishBundles() {
    }

    @Override
    public <B> B bundle(Class<B> type) {
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            return MessageBundles.get(type);
        }
        return direct(type);
    }

    /** The bundle read straight from {@code messages/<name>_en.properties}, no Qute involved. */
    public static <B> B direct(Class<B> type) {
        return type.cast(DIRECT.computeIfAbsent(type, EnglishBundles::proxy));
    }

    private static Object proxy(Class<?> type) {
        Properties texts = english(type);
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? type.getSimpleName() : method.invoke(texts, args);
            }
            String template = texts.getProperty(method.getName());
            if (template == null) {
                throw new IllegalStateException("No English text for " + type.getSimpleName() + "." + method.getName());
            }
            Map<String, Object> values = new java.util.HashMap<>();
            for (int i = 0; i < method.getParameterCount(); i++) {
                values.put(method.getParameters()[i].getName(), args[i]);
            }
            return fill(template, values);
        });
    }

    /** {@code template} with each {@code {name}} replaced by its value and each {@code {|text|}} by its text. */
    static String fill(String template, Map<String, Object> values) {
        Matcher m = PART.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = m.group(1) != null ? m.group(1) : String.valueOf(values.get(m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        return m.appendTail(out).toString();
    }

    private static Properties english(Class<?> type) {
        String name = type.getAnnotation(MessageBundle.class).value();
        Properties texts = new Properties();
        try (InputStream in = type.getClassLoader().getResourceAsStream("messages/" + name + "_en.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages/" + name + "_en.properties is missing");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
