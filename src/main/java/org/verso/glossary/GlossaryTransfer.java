package org.verso.glossary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.failure.TooLargeException;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.csv.GlossaryCsvReader;
import org.verso.interchange.csv.GlossaryCsvWriter;
import org.verso.interchange.tbx.GlossaryEntry;
import org.verso.interchange.tbx.TbxReader;
import org.verso.interchange.tbx.TbxWriter;
import org.verso.language.LanguageTags;

/**
 * Glossary files in and out: TBX (v3, or the older v2 {@code <martif>}; told apart by the root element) and CSV
 * (anything that does not start like XML). An import reads the whole file before it stores anything and stores
 * its terms in one transaction: a file that cannot be read adds nothing; entries that cannot be used (empty terms,
 * unknown statuses, terms the glossary already has) are skipped and listed with their line.
 */
@ApplicationScoped
public class GlossaryTransfer {

    private static final int MAX_REPORTED = 100;
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    /** An export ready to send. */
    public record Export(String fileName, String mediaType, byte[] bytes) {
    }

    @Transactional
    GlossaryImportReport importUpload(FileUpload file, String sourceLanguage, String targetLanguage, String username) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw new InvalidInputException(ErrGlossary.class, m -> m.attachTbxCsvFile());
        }
        if (file.size() > MAX_BYTES) {
            throw new TooLargeException(ErrGlossary.class, m -> m.glossaryFileMostBytes(MAX_BYTES, file.size()));
        }
        String source = LanguageTags.normalize(required(sourceLanguage, "sourceLanguage"));
        String target = LanguageTags.normalize(required(targetLanguage, "targetLanguage"));
        String name = file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
        List<GlossaryEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] skipped = {0};
        String format;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.uploadedFile()))) {
            in.mark(256);
            byte[] head = in.readNBytes(256);
            in.reset();
            format = looksLikeXml(head) ? "TBX" : "CSV";
            if (format.equals("TBX")) {
                TbxReader.read(in, source, target, entries::add, problem -> skip(problems, skipped, problem.message()));
            } else {
                GlossaryCsvReader.read(in, source, target, entries::add,
                        problem -> skip(problems, skipped, problem.message()));
            }
        } catch (InterchangeException e) {
            throw new InvalidInputException(ErrCommon.class, m -> m.cannotImported(name, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded glossary", e);
        }
        int imported = 0;
        Set<String> inFile = new HashSet<>();
        Instant now = Instant.now();
        for (GlossaryEntry entry : entries) {
            Term term;
            try {
                term = GlossaryService.checked(new TermInput(source, target, entry.sourceTerm(), entry.targetTerm(),
                        entry.partOfSpeech(), entry.note(), entry.status(), entry.caseSensitive()));
            } catch (InvalidInputException e) {
                skip(problems, skipped, "Line " + entry.line() + ": " + e.getMessage());
                continue;
            }
            boolean known = !inFile.add(term.sourceTerm + '\u0000' + term.targetTerm)
                    || Term.count("sourceLanguage = ?1 and targetLanguage = ?2 and sourceTerm = ?3 and targetTerm = ?4",
                            term.sourceLanguage, term.targetLanguage, term.sourceTerm, term.targetTerm) > 0;
            if (known) {
                skip(problems, skipped, "Line " + entry.line() + ": the glossary already has \"" + term.sourceTerm
                        + "\" → \"" + term.targetTerm + "\"");
                continue;
            }
            term.createdBy = username;
            term.createdAt = now;
            term.updatedAt = now;
            term.persist();
            imported++;
        }
        return new GlossaryImportReport(name, format, imported, skipped[0], List.copyOf(problems));
    }

    @Transactional
    Export export(String sourceLanguage, String targetLanguage, String format) {
        String source = LanguageTags.normalize(sourceLanguage);
        String target = LanguageTags.normalize(targetLanguage);
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("tbx") && !kind.equals("csv")) {
            throw new InvalidInputException(ErrGlossary.class, m -> m.formatMustTbxCsv(format));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<GlossaryEntry> entries = Term.<Term>list("sourceLanguage = ?1 and targetLanguage = ?2 order by sourceTerm",
                source, target).stream().map(t -> new GlossaryEntry(0, source, target, t.sourceTerm, t.targetTerm,
                        t.partOfSpeech, t.note, t.status, t.caseSensitive)).toList();
        if (kind.equals("tbx")) {
            try (TbxWriter writer = new TbxWriter(out)) {
                entries.forEach(writer::writeEntry);
            }
        } else {
            try (GlossaryCsvWriter writer = new GlossaryCsvWriter(out)) {
                entries.forEach(writer::writeEntry);
            }
        }
        String name = "glossary-" + source + "-" + target + "." + kind;
        return new Export(name, kind.equals("tbx") ? "application/x-tbx+xml" : "text/csv; charset=UTF-8",
                out.toByteArray());
    }

    private static boolean looksLikeXml(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").replace("\u0000", "").stripLeading();
        return start.startsWith("<") || start.startsWith("\u00fe\u00ff") || start.startsWith("\u00ff\u00fe");
    }

    private static void skip(List<String> problems, int[] skipped, String reason) {
        skipped[0]++;
        if (problems.size() < MAX_REPORTED) {
            problems.add(reason);
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(ErrGlossary.class, m -> m.giveGlossaryPairFile(field));
        }
        return value;
    }
}
