package org.verso.glossary;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** A term to create or replace; {@code status} defaults to preferred, {@code caseSensitive} to false. */
public record TermInput(@Schema(required = true) String sourceLanguage, @Schema(required = true) String targetLanguage,
                        @Schema(required = true) String sourceTerm, @Schema(required = true) String targetTerm,
                        String partOfSpeech, String note, String status, Boolean caseSensitive) {
}
