package org.verso.document;

/**
 * An article to import, as pasted or uploaded.
 *
 * @param title          optional; the first line of the article when blank
 * @param sourceLanguage BCP 47 tag
 * @param format         text, markdown, html or xliff; null for a new version means the document's current one
 * @param content        the raw bytes (UTF-8 expected; a pasted text arrives encoded as UTF-8)
 * @param username       who imports it
 * @param segmentationRules the name of an uploaded SRX rule set; blank or null for Verso's bundled rules
 */
public record ImportRequest(String title, String sourceLanguage, SourceFormat format, byte[] content, String username,
                            String segmentationRules) {

    /** The same request in {@code format}. */
    ImportRequest withFormat(SourceFormat format) {
        return new ImportRequest(title, sourceLanguage, format, content, username, segmentationRules);
    }
}
