package org.verso.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The formats an article can be imported from; the id is what the API's {@code format} field takes. */
public enum SourceFormat {
    TEXT("text", ".txt"), MARKDOWN("markdown", ".md", ".markdown"), HTML("html", ".html", ".htm", ".xhtml"),
    /** A bilingual file; the document is made from its source side, keeping the file's segmentation. */
    XLIFF("xliff", ".xlf", ".xliff"),
    /** A Word document (Office Open XML): the export rebuilds the same file in the target language. */
    DOCX("docx", ".docx"),
    /** A gettext catalog (PO or POT): each entry one unit, keyed, never split; exported as PO. */
    PO("po", ".po", ".pot"),
    /** A JSON string catalog (flat or nested, i18next or ICU plurals): each string one unit; exported as JSON. */
    JSON("json", ".json"),
    /** A Java resource bundle: each key one unit; exported escaped as the file was. */
    PROPERTIES("properties", ".properties"),
    /** An Android {@code strings.xml}: strings, plurals and string arrays; exported with the same resource types. */
    ANDROID("android", ".xml");

    /** What the API's and the forms' {@code format} takes for "decide from the file name, else the content". */
    public static final String AUTOMATIC = "auto";

    /** How much of the content the sniff looks at: the start of a file says what it is. */
    private static final int SNIFF_CHARS = 1024;
    /** A PO file: comment lines at most, then a msgid or msgctxt line that is its quoted string and nothing else. */
    private static final Pattern PO_START = Pattern.compile(
            "\\A(?:#[^\n]*\n|[ \\t\r]*\n)*(?:msgctxt|msgid) \"(?:[^\"\\\\\n]|\\\\.)*\"[ \\t]*\r?\n");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}[ \\t]+\\S.*");

    private final String id;
    private final List<String> extensions;

    SourceFormat(String id, String... extensions) {
        this.id = id;
        this.extensions = List.of(extensions);
    }

    public String id() {
        return id;
    }

    /** A software string catalog: units keyed, never sentence-split, exported into the same format. */
    public boolean catalog() {
        return this == PO || this == JSON || this == PROPERTIES || this == ANDROID;
    }

    public static Optional<SourceFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    /** The format a file name's extension names, if it names one. */
    public static Optional<SourceFormat> fromExtension(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /**
     * The "Automatic" choice: the file name's extension when it names a format, else a look at how the content
     * starts ({@link #sniff}).
     */
    public static SourceFormat detect(String fileName, byte[] content) {
        SourceFormat named = fromExtension(fileName).orElseGet(() -> sniff(content));
        if (named == ANDROID) { // ".xml" names Android resources unless the content is XLIFF or a page
            SourceFormat sniffed = sniff(content);
            return sniffed == XLIFF || sniffed == HTML ? sniffed : ANDROID;
        }
        return named;
    }

    /** A Word document is a zip (starting "PK") holding a {@code word/document.xml} part. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] WORD_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

    /**
     * Only what cannot be plain prose: a zip holding a Word document's main part, an XML prolog or root naming {@code <xliff}, a page starting with {@code
     * <!DOCTYPE html} or {@code <html}, a first line that is a Markdown "# " heading. Anything else is plain text,
     * which keeps every character as typed.
     */
    static SourceFormat sniff(byte[] content) {
        if (content != null && content.length > ZIP.length && Arrays.equals(content, 0, ZIP.length, ZIP, 0, ZIP.length)
                && contains(content, WORD_PART)) {
            return DOCX;
        }
        String start = new String(content == null ? new byte[0] : content, 0,
                content == null ? 0 : Math.min(content.length, SNIFF_CHARS * 4), StandardCharsets.UTF_8);
        start = start.replace("\uFEFF", "").stripLeading();
        String lower = start.substring(0, Math.min(start.length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<xliff") || lower.startsWith("<?xml") && lower.contains("<xliff")) {
            return XLIFF;
        }
        if (lower.startsWith("<resources") || lower.startsWith("<?xml") && lower.contains("<resources")) {
            return ANDROID;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
                || lower.startsWith("<?xml") && lower.contains("<html")) {
            return HTML;
        }
        if (lower.startsWith("{") && lower.contains("\"") && lower.contains(":")) {
            return JSON; // prose never starts with a brace followed by a quoted key
        }
        if (PO_START.matcher(start.substring(0, Math.min(start.length(), SNIFF_CHARS))).find()) {
            return PO;
        }
        String firstLine = start.lines().findFirst().orElse("");
        return MARKDOWN_HEADING.matcher(firstLine).matches() ? MARKDOWN : TEXT;
    }

    private static boolean contains(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i <= content.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
