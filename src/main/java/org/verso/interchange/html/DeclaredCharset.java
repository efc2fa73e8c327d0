package org.verso.interchange.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verso.interchange.InterchangeException;

/**
 * The encoding an HTML page declares, found as a browser's prescan finds it: a {@code <meta charset>} or a
 * {@code <meta http-equiv="Content-Type" content="…; charset=…">} in the first 1024 bytes. Labels map as the
 * WHATWG Encoding standard maps them: ISO-8859-1 and US-ASCII are read as windows-1252 (so a "™" byte 0x99 is a
 * "™"), a UTF-16 label in an ASCII-compatible file as UTF-8. The export is UTF-8, so {@link #declareUtf8} rewrites
 * the page's declaration to match.
 */
final class DeclaredCharset {

    private static final int PRESCAN_BYTES = 1024;
    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_CHARSET = Pattern.compile("(charset\\s*=\\s*)([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private DeclaredCharset() {
    }

    /** @return the declared encoding, or null when the page declares none */
    static Charset of(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher charset = CHARSET.matcher(meta.group());
            if (charset.find()) {
                return charset(charset.group(1));
            }
        }
        return null;
    }

    private static Charset charset(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("l1") || name.equals("us-ascii")
                || name.equals("ascii") || name.equals("iso8859-1") || name.equals("iso_8859-1")) {
            return Charset.forName("windows-1252");
        }
        if (name.startsWith("utf-16") || name.equals("x-user-defined")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InterchangeException("The page declares the encoding \"" + label + "\", which Verso does not "
                    + "know. Save the page as UTF-8 and import it again.");
        }
    }

    /** Every encoding declaration of the page says UTF-8; one that says so already stays as it is spelled. */
    static void declareUtf8(Document page) {
        for (Element meta : page.select("meta[charset]")) {
            if (!isUtf8(meta.attr("charset"))) {
                meta.attr("charset", "utf-8");
            }
        }
        for (Element meta : page.select("meta[http-equiv][content]")) {
            Matcher charset = CONTENT_CHARSET.matcher(meta.attr("content"));
            if (meta.attr("http-equiv").equalsIgnoreCase("content-type") && charset.find()
                    && !isUtf8(charset.group(2))) {
                meta.attr("content", charset.replaceFirst("$1utf-8"));
            }
        }
    }

    private static boolean isUtf8(String label) {
        return label.strip().equalsIgnoreCase("utf-8") || label.strip().equalsIgnoreCase("utf8");
    }
}
