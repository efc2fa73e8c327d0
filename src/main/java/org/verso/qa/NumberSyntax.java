package org.verso.qa;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads one run of digits and separators ("25 000,5", "1,2,3") as one number or, failing that, several. */
final class NumberSyntax {

    /** A number's text (ASCII digits) and its value. */
    record Piece(String text, BigDecimal value) {
    }

    private NumberSyntax() {
    }

    /** The run as one number if it reads as one; else split at spaces; else at every separator. */
    static List<Piece> read(String run, char decimalMark) {
        BigDecimal whole = value(run, decimalMark);
        if (whole != null) {
            return List.of(new Piece(run, whole));
        }
        List<Piece> pieces = new ArrayList<>();
        for (String part : run.split("[ \u00A0\u202F\u2009\u2007]")) {
            BigDecimal value = value(part, decimalMark);
            if (value != null) {
                pieces.add(new Piece(part, value));
            } else {
                for (String digits : part.split("[^0-9]")) {
                    pieces.add(new Piece(digits, new BigDecimal(digits)));
                }
            }
        }
        return pieces;
    }

    /** The value of the run read as one number, or null when its separators fit no way of writing one. */
    static BigDecimal value(String run, char decimalMark) {
        List<String> groups = new ArrayList<>();
        StringBuilder seps = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= run.length(); i++) {
            if (i == run.length() || !Character.isDigit(run.charAt(i))) {
                groups.add(run.substring(start, i));
                if (i < run.length()) {
                    seps.append(run.charAt(i));
                }
                start = i + 1;
            }
        }
        if (seps.length() == 0) {
            return new BigDecimal(run);
        }
        boolean decimal = lastIsDecimal(groups, seps, decimalMark);
        int grouping = decimal ? seps.length() - 1 : seps.length();
        if (!groupsFit(groups, seps, grouping, decimal)) {
            return null;
        }
        String integer = String.join("", groups.subList(0, grouping + 1));
        return new BigDecimal(decimal ? integer + "." + groups.get(groups.size() - 1) : integer);
    }

    private static boolean lastIsDecimal(List<String> groups, CharSequence seps, char decimalMark) {
        char last = seps.charAt(seps.length() - 1);
        if (last == '٫') {
            return true;
        }
        if (last != '.' && last != ',') {
            return false;
        }
        for (int i = 0; i < seps.length() - 1; i++) {
            if (kind(seps.charAt(i)) != last) {
                return true;
            }
        }
        if (seps.length() > 1) {
            return false;
        }
        String before = groups.get(0);
        return groups.get(1).length() != 3 || before.length() > 3 || before.equals("0") || last == decimalMark;
    }

    /** Grouping separators all of one kind, none a decimal mark; groups of 3 digits (of 2 before the last, in India). */
    private static boolean groupsFit(List<String> groups, CharSequence seps, int grouping, boolean decimal) {
        if (grouping == 0) {
            return true;
        }
        char kind = kind(seps.charAt(0));
        for (int i = 0; i < grouping; i++) {
            if (kind(seps.charAt(i)) != kind || seps.charAt(i) == '٫') {
                return false;
            }
        }
        if (decimal && kind(seps.charAt(grouping)) == kind || groups.get(0).length() > 3
                || groups.get(grouping).length() != 3) {
            return false;
        }
        int middle = grouping > 1 ? groups.get(1).length() : 3;
        for (int i = 1; i < grouping; i++) {
            if (groups.get(i).length() != middle || middle < 2 || middle > 3) {
                return false;
            }
        }
        return true;
    }

    /** Separators that do the same job: all spaces are one kind, both apostrophes are one kind. */
    private static char kind(char sep) {
        if (sep == '\u00A0' || sep == '\u202F' || sep == '\u2009' || sep == '\u2007') {
            return ' ';
        }
        return sep == '’' ? '\'' : sep;
    }
}
