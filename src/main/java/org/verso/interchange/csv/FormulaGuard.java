package org.verso.interchange.csv;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a glossary as formulas (CSV injection): a value starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or CR is written with a leading apostrophe, which spreadsheets show as
 * text, and read back without it. Values that already start with apostrophes before such a character get one
 * more, so every value survives the round trip.
 */
final class FormulaGuard {

    private static final Pattern TRIGGER = Pattern.compile("^'*[=+\\-@\t\r]");
    private static final Pattern PROTECTED = Pattern.compile("^'+[=+\\-@\t\r]");

    private FormulaGuard() {
    }

    static String protect(String value) {
        return TRIGGER.matcher(value).lookingAt() ? "'" + value : value;
    }

    static String unprotect(String value) {
        return PROTECTED.matcher(value).lookingAt() ? value.substring(1) : value;
    }
}
