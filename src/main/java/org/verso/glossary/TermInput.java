package org.verso.glossary;

/** A term to create or replace; {@code status} defaults to preferred, {@code caseSensitive} to false. */
public record TermInput(String sourceLanguage, String targetLanguage, String sourceTerm, String targetTerm,
                        String partOfSpeech, String note, String status, Boolean caseSensitive) {
}
