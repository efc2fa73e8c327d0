package org.verso.interchange.xliff;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.InterchangeException;
import org.verso.interchange.StaxInput;

/** The checks both XLIFF versions make beyond the schema, each failing with the line and what is wrong. */
final class XliffChecks {

    /** XML's NMTOKEN: name characters only, at least one. */
    private static final Pattern NMTOKEN = Pattern.compile("[\\p{L}\\p{Nd}\\p{Mn}\\p{Mc}._:\\-\\u00B7]+");

    private XliffChecks() {
    }

    static InterchangeException fail(XMLStreamReader xml, String problem) {
        return fail(StaxInput.line(xml), problem);
    }

    static InterchangeException fail(int line, String problem) {
        return new InterchangeException("The XLIFF file is invalid at line " + line + ": " + problem);
    }

    /** The element's name as written, with its prefix. */
    static String name(XMLStreamReader xml) {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    /** The attribute's value, refused when absent or empty. */
    static String required(XMLStreamReader xml, String attribute) {
        String value = StaxInput.attribute(xml, attribute);
        if (value == null || value.isBlank()) {
            throw fail(xml, "<" + xml.getLocalName() + "> has no " + attribute + " attribute, which it must have.");
        }
        return value;
    }

    /** An id attribute that must be an NMTOKEN when present. */
    static String id(XMLStreamReader xml, String attribute, boolean required) {
        String value = required ? required(xml, attribute) : StaxInput.attribute(xml, attribute);
        if (value != null && !NMTOKEN.matcher(value).matches()) {
            throw fail(xml, "<" + xml.getLocalName() + " " + attribute + "=\"" + value
                    + "\"> is not a valid id (letters, digits, '.', '-', '_' and ':' only).");
        }
        return value;
    }

    /**
     * A language attribute: a well-formed BCP 47 tag (RFC 5646 syntax, as the JDK reads it), refused otherwise.
     * Whether the language exists is for the caller to decide.
     */
    static String language(XMLStreamReader xml, String attribute, String value) {
        if (value == null) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language subtag");
            }
        } catch (IllformedLocaleException e) {
            throw fail(xml, attribute + "=\"" + value + "\" is not a well-formed BCP 47 language tag.");
        }
        return value.strip();
    }

    /** The translate attribute (yes or no), inherited when absent. */
    static boolean translate(XMLStreamReader xml, boolean inherited) {
        String value = StaxInput.attribute(xml, "translate");
        if (value != null && !value.equals("yes") && !value.equals("no")) {
            throw fail(xml, "translate=\"" + value + "\" must be yes or no.");
        }
        return value == null ? inherited : value.equals("yes");
    }

    /** True when the two tags name the same language, ignoring case (BCP 47 tags are case-insensitive). */
    static boolean sameLanguage(String a, String b) {
        return a.replace('_', '-').equalsIgnoreCase(b.replace('_', '-'));
    }
}
