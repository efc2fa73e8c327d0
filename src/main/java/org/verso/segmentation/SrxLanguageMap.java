package org.verso.segmentation;

/**
 * A {@code <languagemap>}: language tags matching {@code languagePattern} (a regular expression,
 * matched against the whole tag, ignoring case) use the rules named {@code languageRuleName}.
 *
 * @param line the line of the element in its SRX file, 0 when unknown
 */
public record SrxLanguageMap(String languagePattern, String languageRuleName, int line) {
}
