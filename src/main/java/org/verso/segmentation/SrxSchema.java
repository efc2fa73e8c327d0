package org.verso.segmentation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the SRX 2.0 XSD ({@code srx20.xsd}) says about each element, written out so validation needs
 * no schema file at run time: the children it may hold in order, its attributes, and whether it
 * holds text. Only {@code <header>} may also hold elements of other namespaces, after its
 * {@code <formathandle>}s.
 */
final class SrxSchema {

    static final String NAMESPACE = "http://www.lisa.org/srx20";
    static final String ROOT = "srx";
    static final String HEADER = "header";

    /** A child element in a sequence, which may occur {@code min} to {@code max} times. */
    record Slot(String element, int min, int max) {
    }

    /** An attribute; {@code values} lists the allowed values, empty for any string. */
    record Attribute(String name, boolean required, Set<String> values) {
    }

    private static final int UNBOUNDED = Integer.MAX_VALUE;
    private static final Set<String> YES_NO = Set.of("yes", "no");

    private static final Map<String, List<Slot>> CHILDREN = Map.of(
            "srx", List.of(new Slot("header", 1, 1), new Slot("body", 1, 1)),
            "header", List.of(new Slot("formathandle", 0, 3)),
            "body", List.of(new Slot("languagerules", 1, 1), new Slot("maprules", 1, 1)),
            "languagerules", List.of(new Slot("languagerule", 1, UNBOUNDED)),
            "languagerule", List.of(new Slot("rule", 1, UNBOUNDED)),
            "rule", List.of(new Slot("beforebreak", 0, 1), new Slot("afterbreak", 0, 1)),
            "maprules", List.of(new Slot("languagemap", 1, UNBOUNDED)),
            "formathandle", List.of(),
            "languagemap", List.of());

    private static final Map<String, List<Attribute>> ATTRIBUTES = Map.of(
            "srx", List.of(new Attribute("version", true, Set.of("2.0"))),
            "header", List.of(new Attribute("segmentsubflows", true, YES_NO), new Attribute("cascade", true, YES_NO)),
            "formathandle", List.of(new Attribute("include", true, YES_NO),
                    new Attribute("type", true, Set.of("start", "end", "isolated"))),
            "languagerule", List.of(new Attribute("languagerulename", true, Set.of())),
            "rule", List.of(new Attribute("break", false, YES_NO)),
            "languagemap", List.of(new Attribute("languagerulename", true, Set.of()),
                    new Attribute("languagepattern", true, Set.of())));

    private SrxSchema() {
    }

    static boolean isElement(String name) {
        return CHILDREN.containsKey(name) || holdsText(name);
    }

    /** The children {@code element} may hold, in order; empty for elements without children. */
    static List<Slot> children(String element) {
        return CHILDREN.getOrDefault(element, List.of());
    }

    static List<Attribute> attributes(String element) {
        return ATTRIBUTES.getOrDefault(element, List.of());
    }

    /** Only the regular expressions are text; everywhere else text must be whitespace. */
    static boolean holdsText(String element) {
        return element.equals("beforebreak") || element.equals("afterbreak");
    }
}
