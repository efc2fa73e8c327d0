package org.verso.delivery;

import java.util.List;

/**
 * What importing a bilingual file did: targets saved as new revisions, targets equal to what Verso has, units that
 * match no segment (their ids listed), and targets not applied because Verso's translation changed after the file
 * was exported.
 */
public record TranslationImportReport(int applied, int unchanged, int unknown, List<String> unknownIds,
                                      List<Conflict> conflicts) {

    /**
     * A target that was not applied.
     *
     * @param unitId          the unit's id in the file
     * @param fileText        the target in the file
     * @param currentText     Verso's translation now
     * @param currentVersion  its version now
     * @param exportedVersion the version the file was exported from; null when the file does not say
     * @param updatedBy       who saved Verso's translation last
     */
    public record Conflict(String unitId, long segmentId, String fileText, String currentText, int currentVersion,
                           Integer exportedVersion, String updatedBy) {
    }
}
