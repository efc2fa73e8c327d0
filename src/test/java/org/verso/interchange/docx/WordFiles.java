package org.verso.interchange.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.verso.interchange.InlineCodes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word files the tests make with POI, with the sentences the tests translate. */
public final class WordFiles {

    public static final String HEADLINE = "Harbour reopens after the storm";
    public static final String PLAIN = "The ferry sails again at dawn. ";
    public static final String BOLD = "Tickets are free";
    public static final String ITALIC = "this week only";
    public static final String LINK = "the timetable";
    public static final String CELL = "Departure";
    public static final String FOOTNOTE = "Times are local.";
    public static final String ALT = "A ferry at the pier";

    private WordFiles() {
    }

    /**
     * A heading; a paragraph of plain, bold and italic runs, a hyperlink and a footnote reference; a 2×2 table; an
     * image with a description.
     */
    public static byte[] article() {
        try (XWPFDocument doc = new XWPFDocument()) {
            addHeadingStyle(doc);
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText(HEADLINE);
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText(PLAIN);
            XWPFRun bold = body.createRun();
            bold.setBold(true);
            bold.setText(BOLD);
            body.createRun().setText(", ");
            XWPFRun italic = body.createRun();
            italic.setItalic(true);
            italic.setText(ITALIC);
            body.createRun().setText(". See ");
            XWPFHyperlinkRun link = body.createHyperlinkRun("https://example.org/timetable");
            link.setText(LINK);
            body.createRun().setText(".");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText(FOOTNOTE);
            body.addFootnoteReference(note);
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText(CELL);
            table.getRow(0).getCell(1).setText("Arrival");
            table.getRow(1).getCell(0).setText("Morning");
            table.getRow(1).getCell(1).setText("Evening");
            XWPFRun picture = doc.createParagraph().createRun();
            picture.addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "ferry.png",
                    Units.toEMU(16), Units.toEMU(16));
            picture.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(ALT);
            return bytes(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paragraph whose second sentence is a tracked insertion. */
    public static byte[] withTrackedInsertion() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.createRun().setText("The pier is open. ");
            CTRunTrackChange insertion = paragraph.getCTP().addNewIns();
            insertion.setId(BigInteger.ONE);
            insertion.setAuthor("Desk");
            insertion.addNewR().addNewT().setStringValue("The cafe is closed.");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Upper case outside the inline codes: a stand-in translation whose words can be found again. */
    public static String shout(String text) {
        StringBuilder out = new StringBuilder();
        for (InlineCodes.Token token : InlineCodes.tokens(text)) {
            out.append(token.kind() == InlineCodes.Kind.TEXT ? token.text().toUpperCase(Locale.ROOT) : token.text());
        }
        return out.toString();
    }

    /** A zip that is no Office file. */
    public static byte[] plainZip() {
        return zip(Map.of("notes.txt", "The ferry sails at dawn.".getBytes()));
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        return DocxPackage.zip(entries);
    }

    /** The unpacked entries of a zip, by name. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addHeadingStyle(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("Heading1");
        style.addNewName().setVal("heading 1");
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(style));
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
