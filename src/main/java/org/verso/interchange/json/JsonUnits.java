package org.verso.interchange.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units of a JSON catalog: each string value one unit keyed by its path ({@code menu.file.open}), except that
 * adjacent members {@code key_one}, {@code key_other} (and {@code _zero _two _few _many}) of one object are one
 * i18next plural keyed {@code key}, and a value that is one ICU plural ({@code {count, plural, one {…} other {…}}})
 * is a plural too.
 */
final class JsonUnits {

    enum Kind { SIMPLE, I18NEXT, ICU }

    /** One unit: its members (one, or an i18next plural's run of members). */
    record Unit(Kind kind, String key, List<JsonScan.Member> members) {

        JsonScan.Member first() {
            return members.get(0);
        }

        JsonScan.Member last() {
            return members.get(members.size() - 1);
        }
    }

    static final Pattern SUFFIX = Pattern.compile("(.+)_(zero|one|two|few|many|other)");

    private JsonUnits() {
    }

    static List<Unit> of(String text) {
        List<JsonScan.Member> strings = JsonScan.strings(text);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            JsonScan.Member member = strings.get(i);
            String base = base(member);
            int end = i;
            while (base != null && end + 1 < strings.size() && base.equals(base(strings.get(end + 1)))
                    && strings.get(end + 1).parent().equals(member.parent())) {
                end++;
            }
            List<JsonScan.Member> run = strings.subList(i, end + 1);
            if (base != null && run.stream().anyMatch(m -> m.key().endsWith("_other"))) {
                String path = member.path();
                units.add(new Unit(Kind.I18NEXT, path.substring(0, path.length() - member.key().length())
                        + base, List.copyOf(run)));
                i = end;
            } else {
                units.add(new Unit(IcuPlural.parse(member.value()) != null ? Kind.ICU : Kind.SIMPLE, member.path(),
                        List.of(member)));
            }
        }
        return units;
    }

    /** The base of an i18next plural key; null for another key (or an array element). */
    private static String base(JsonScan.Member member) {
        if (member.key() == null) {
            return null;
        }
        Matcher m = SUFFIX.matcher(member.key());
        return m.matches() ? m.group(1) : null;
    }

    static String category(JsonScan.Member member) {
        Matcher m = SUFFIX.matcher(member.key());
        return m.matches() ? m.group(2) : "other";
    }
}
