package org.verso.quality;

import io.quarkus.arc.Arc;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.failure.Bundles;
import org.verso.qa.QaIssue;

/**
 * A finding said in a language: its code is a method of {@link CheckMessages}, its values that method's parameters
 * by name. A value {@code name} that comes with {@code name@code} is a finding of its own (the whitespace a text
 * starts with, the finding on one plural form) and is said first, from the values under {@code name@}.
 */
final class CheckSentences {

    private static final Map<String, Method> METHODS = Arrays.stream(CheckMessages.class.getDeclaredMethods())
            .collect(Collectors.toMap(Method::getName, Function.identity()));

    private CheckSentences() {
    }

    /** The findings as {@code bundles} says them; English (the checks' own sentences) when there is no request. */
    static Function<QaIssue, QaIssue> in(Bundles bundles) {
        if (!Arc.container().requestContext().isActive() || "en".equals(bundles.language())) {
            return Function.identity();
        }
        return issue -> issue.code() == null || !METHODS.containsKey(issue.code()) ? issue
                : issue.saying(say(bundles.bundle(CheckMessages.class), issue.code(), issue.args()));
    }

    private static String say(CheckMessages messages, String code, Map<String, String> args) {
        Method method = METHODS.get(code);
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = value(messages, parameters[i].getName(), args);
        }
        try {
            return (String) method.invoke(messages, values);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("The check message " + code + " cannot be said", e);
        }
    }

    private static String value(CheckMessages messages, String name, Map<String, String> args) {
        String code = args.get(name + "@code");
        if (code == null || !METHODS.containsKey(code)) {
            return args.get(name);
        }
        String prefix = name + "@";
        Map<String, String> inner = new HashMap<>();
        args.forEach((key, value) -> {
            if (key.startsWith(prefix) && !key.equals(prefix + "code")) {
                inner.put(key.substring(prefix.length()), value);
            }
        });
        return say(messages, code, inner);
    }
}
