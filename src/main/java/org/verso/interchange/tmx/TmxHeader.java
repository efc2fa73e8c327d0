package org.verso.interchange.tmx;

/**
 * The {@code <header>} of a TMX file: the attributes the TMX 1.4b DTD requires, as written (not normalized).
 *
 * @param version TMX version of the root element ("1.4", or "1.1" to "1.3" for legacy files)
 * @param sourceLanguage {@code srclang}: the source language of every unit that does not name its own, or
 *        {@code *all*} when any variant may serve as source
 * @param segmentType {@code segtype}: block, paragraph, sentence or phrase
 * @param originalFormat {@code o-tmf}: the memory format the file was exported from
 */
public record TmxHeader(String version, String sourceLanguage, String adminLanguage, String creationTool,
        String creationToolVersion, String segmentType, String originalFormat, String dataType) {
}
