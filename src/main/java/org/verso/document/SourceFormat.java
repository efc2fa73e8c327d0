package org.verso.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats an article can be imported from; the id is what the API's {@code format} field takes. */
public enum SourceFormat {
    TEXT("text", ".txt"), MARKDOWN("markdown", ".md"), HTML("html", ".html"),
    /** A bilingual file; the document is made from its source side, keeping the file's segmentation. */
    XLIFF("xliff", ".xlf");

    private final String id;
    private final String extension;

    SourceFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public static Optional<SourceFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    /** The format a file name implies: Markdown, HTML, XLIFF by their extensions, anything else text. */
    public static SourceFormat fromFileName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(HTML.extension) || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(XLIFF.extension) || lower.endsWith(".xliff")) {
            return XLIFF;
        }
        return lower.endsWith(MARKDOWN.extension) || lower.endsWith(".markdown") ? MARKDOWN : TEXT;
    }
}
