package org.verso.qa;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English sentences of the checks' findings, read from messages/check_en.properties (the {@code check} message
 * bundle of {@code quality}, which says them in the other languages). Plain Java: {@code {name}} is replaced by its
 * value and nothing else is special, which CheckBundleTest holds Qute's rendering to.
 */
final class CheckTexts {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final Properties ENGLISH = load();

    private CheckTexts() {
    }

    static String english(String code, Map<String, String> args) {
        String template = ENGLISH.getProperty(code);
        if (template == null) {
            throw new IllegalArgumentException("No English sentence for the finding " + code);
        }
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(args.get(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = CheckTexts.class.getResourceAsStream("/messages/check_en.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages/check_en.properties is missing");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
