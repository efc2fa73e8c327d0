package org.verso.memory;

import java.util.List;

/**
 * What an import did: units stored, units skipped (with why), and the language pairs it wrote to.
 *
 * @param errors one readable line per skipped unit or entry (the first {@value MemoryImport#MAX_REPORTED} of them)
 */
public record ImportReport(String file, String format, int imported, int skipped, List<String> errors,
                           List<PairCount> pairs) {
}
