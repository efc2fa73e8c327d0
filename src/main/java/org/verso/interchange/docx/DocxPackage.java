package org.verso.interchange.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.verso.interchange.InterchangeException;

/**
 * The zip a Word file is, opened within limits: at most {@code maxUnpackedBytes} unpacked in all and
 * {@value #MAX_ENTRIES} entries, counted while inflating (a zip's declared sizes can lie), so a zip bomb within the
 * upload limit is refused before POI unpacks anything. POI then reads the parts; its XML parsing refuses DTDs and
 * entities (no XXE).
 */
final class DocxPackage {

    static final int MAX_ENTRIES = 10_000;
    private static final String NOT_WORD = "The file is not a Word document (.docx): ";

    private DocxPackage() {
    }

    /** The entries of the zip by name, in the zip's order, each unpacked; refused beyond the limits. */
    static Map<String, byte[]> entries(byte[] bytes, long maxUnpackedBytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new InterchangeException(NOT_WORD + "it is not a zip package.");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new InterchangeException(NOT_WORD + "it holds more than " + MAX_ENTRIES + " files.");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > maxUnpackedBytes) {
                        throw new InterchangeException("The Word document unpacks to more than " + maxUnpackedBytes
                                + " bytes (verso.import.max-unpacked-bytes); Verso does not import it.");
                    }
                    out.write(buffer, 0, n);
                }
                entries.put(entry.getName(), out.toByteArray());
            }
        } catch (ZipException e) {
            throw new InterchangeException(NOT_WORD + "the zip is damaged (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new InterchangeException(NOT_WORD + "the zip cannot be read.", e);
        }
        if (!entries.containsKey("[Content_Types].xml")) {
            throw new InterchangeException(NOT_WORD + "the zip has no [Content_Types].xml, so it is no Office file.");
        }
        return entries;
    }

    /** A zip of these entries, in their order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The Word document in the checked bytes; refused when the package is no word-processing document. */
    static XWPFDocument open(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            throw new InterchangeException(NOT_WORD + "Word cannot have written it (" + reason(e) + ").", e);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? "its parts cannot be read" : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
