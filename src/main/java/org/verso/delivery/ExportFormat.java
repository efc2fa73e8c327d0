package org.verso.delivery;

import java.util.Arrays;
import java.util.Optional;

/** The export formats; the id is the API's {@code format} query value and the file extension. */
public enum ExportFormat {
    TXT("txt", "text/plain; charset=UTF-8", true),
    MD("md", "text/markdown; charset=UTF-8", true),
    XLIFF("xliff", "application/xliff+xml", false),
    XLIFF12("xliff12", "application/xliff+xml", false),
    HTML("html", "text/html; charset=UTF-8", true),
    /** Only for a document imported from a Word file, which it rebuilds. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true),
    /** Only for a document imported from a PO catalog, which it rebuilds with the target's msgstr values. */
    PO("po", "text/x-gettext-translation; charset=UTF-8", true),
    /** Only for a document imported from a JSON catalog, which it rebuilds with the translated values. */
    JSON("json", "application/json; charset=UTF-8", true),
    /** Only for a document imported from a properties file (its bytes' charset: UTF-8, or ISO-8859-1). */
    PROPERTIES("properties", "text/x-java-properties", true),
    /** Only for a document imported from an Android strings.xml. */
    ANDROID("android", "application/xml; charset=UTF-8", true);

    private final String id;
    private final String mediaType;
    private final boolean monolingual;

    ExportFormat(String id, String mediaType, boolean monolingual) {
        this.id = id;
        this.mediaType = mediaType;
        this.monolingual = monolingual;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A monolingual file prints only approved translations; a bilingual one carries every state. */
    public boolean monolingual() {
        return monolingual;
    }

    /** A string catalog's format: it rebuilds only a catalog imported in the same format. */
    public boolean catalog() {
        return this == PO || this == JSON || this == PROPERTIES || this == ANDROID;
    }

    public String extension() {
        if (this == ANDROID) {
            return "xml";
        }
        return monolingual ? id : "xlf";
    }

    public static Optional<ExportFormat> parse(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }
}
