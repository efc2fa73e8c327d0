package org.verso.glossary;

import java.util.List;

/** What a glossary import did: terms added, entries skipped and why. */
public record GlossaryImportReport(String file, String format, int imported, int skipped, List<String> errors) {
}
