package org.verso.interchange.android;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.interchange.InterchangeException;

/**
 * An Android {@code res/values/strings.xml} read for its resources, with where each value stands in the text:
 * {@code <string>}, {@code <plurals>} (its {@code <item quantity>}s) and {@code <string-array>} (each item a unit
 * keyed {@code name[i]}); the comment right before a resource is its note. Read by pattern over the text, not by
 * a parser, so the writer can keep every byte around the values (the file has no DTD and no entities to expand).
 */
final class AndroidScan {

    /** One value: its content span between the element's tags. */
    record Value(String quantity, int start, int end) {
    }

    /** One resource unit. */
    record Resource(String key, String type, Map<String, String> attributes, String comment, List<Value> values,
                    int bodyStart, int bodyEnd) {

        boolean translatable() {
            return !"false".equals(attributes.get("translatable"));
        }
    }

    private static final Pattern NEXT = Pattern.compile(
            "<!--(.*?)-->|<(string-array|plurals|string)(?=[\\s>/])([^>]*?)(/?)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ITEM = Pattern.compile("<item\\b([^>]*?)>(.*?)</item>", Pattern.DOTALL);

    private AndroidScan() {
    }

    static List<Resource> scan(String text) {
        if (!text.contains("<resources")) {
            throw new InterchangeException("An Android string resource file has a <resources> root element.");
        }
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw new InterchangeException("The Android resource file declares a DTD or entities; Verso reads none.");
        }
        List<Resource> resources = new ArrayList<>();
        Matcher m = NEXT.matcher(text);
        String comment = null;
        int commentEnd = -1;
        int at = 0;
        while (m.find(at)) {
            if (m.group(1) != null) {
                comment = m.group(1).strip();
                commentEnd = m.end();
                at = m.end();
                continue;
            }
            String note = comment != null && text.substring(commentEnd, m.start()).isBlank() ? comment : null;
            comment = null;
            String type = m.group(2);
            Map<String, String> attributes = attributes(m.group(3));
            String name = attributes.getOrDefault("name", "");
            if (!m.group(4).isEmpty()) {
                at = m.end();
                continue; // <string name="x"/>: nothing to translate
            }
            int close = text.indexOf("</" + type + ">", m.end());
            if (close < 0) {
                throw new InterchangeException("The <" + type + " name=\"" + name + "\"> element is not closed.");
            }
            add(resources, text, type, name, attributes, note, m.end(), close);
            at = close + type.length() + 3;
        }
        return resources;
    }

    private static void add(List<Resource> resources, String text, String type, String name,
                            Map<String, String> attributes, String note, int start, int end) {
        if (type.equals("string")) {
            resources.add(new Resource(name, type, attributes, note, List.of(new Value(null, start, end)), start, end));
            return;
        }
        Matcher item = ITEM.matcher(text).region(start, end);
        List<Value> values = new ArrayList<>();
        int index = 0;
        while (item.find()) {
            String quantity = attributes(item.group(1)).get("quantity");
            Value value = new Value(quantity, item.start(2), item.end(2));
            if (type.equals("plurals")) {
                values.add(value);
            } else {
                resources.add(new Resource(name + "[" + index++ + "]", type, attributes, note, List.of(value),
                        value.start(), value.end()));
            }
        }
        if (type.equals("plurals") && !values.isEmpty()) {
            resources.add(new Resource(name, type, attributes, note, values, start, end));
        }
    }

    private static Map<String, String> attributes(String raw) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(raw);
        while (m.find()) {
            attributes.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4));
        }
        return attributes;
    }
}
