package org.verso.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.document.ImportRequest;
import org.verso.document.SourceFormat;
import org.verso.failure.InvalidInputException;

/** Builds an import request from what a form or JSON body carries, for the page and the API alike. */
final class ImportForms {

    private ImportForms() {
    }

    /**
     * The pasted {@code content} when there is some (or when no file could come, as in a JSON body), else the
     * uploaded {@code file}; the format given, else ("auto" or none) the one the file name's extension names, else
     * the one the content shows ({@link SourceFormat#detect}).
     */
    static ImportRequest request(String title, String language, String format, String rules, FileUpload file,
                                 byte[] content, String username) {
        return request(title, language, format, rules, file, content, username, false);
    }

    /**
     * As above; for a new version ({@code version}), "auto" without an extension that names a format leaves the format
     * null, which keeps the document's, instead of guessing from the content.
     */
    static ImportRequest request(String title, String language, String format, String rules, FileUpload file,
                                 byte[] content, String username, boolean version) {
        boolean hasFile = file != null && file.uploadedFile() != null && file.size() > 0;
        if (content != null && (content.length > 0 || !hasFile)) {
            return new ImportRequest(title, language, formatOf(format, null, content, version), content, username,
                    rules);
        }
        if (!hasFile) {
            throw new InvalidInputException(ErrArticle.class, m -> m.pasteArticleAttachTxt());
        }
        byte[] bytes = read(file);
        return new ImportRequest(title, language, formatOf(format, file.fileName(), bytes, version), bytes, username,
                rules);
    }

    private static SourceFormat formatOf(String format, String fileName, byte[] content, boolean version) {
        // An XLIFF file is never read as text, whatever format a form preselected.
        if (format == null || format.isBlank() || format.strip().equalsIgnoreCase(SourceFormat.AUTOMATIC)
                || SourceFormat.fromExtension(fileName).orElse(null) == SourceFormat.XLIFF) {
            return version ? SourceFormat.fromExtension(fileName).orElse(null)
                    : SourceFormat.detect(fileName, content);
        }
        return SourceFormat.fromId(format).orElseThrow(() -> new InvalidInputException(ErrArticle.class,
                m -> m.unknownFormatUseAuto(format)));
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
