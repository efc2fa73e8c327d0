package org.verso.document;

/**
 * An article to import, as pasted or uploaded.
 *
 * @param title          optional; the first line of the article when blank
 * @param sourceLanguage BCP 47 tag
 * @param format         text, markdown or html
 * @param content        the raw bytes (UTF-8 expected; a pasted text arrives encoded as UTF-8)
 * @param username       who imports it
 * @param segmentationRules the name of an uploaded SRX rule set; blank or null for Verso's bundled rules
 */
public record ImportRequest(String title, String sourceLanguage, SourceFormat format, byte[] content, String username,
                            String segmentationRules) {
}
