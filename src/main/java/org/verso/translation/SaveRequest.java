package org.verso.translation;

/**
 * A save from the editor or the API.
 *
 * @param text    the new text; null keeps the current one (approving without editing)
 * @param status  DRAFT, TRANSLATED, APPROVED or REJECTED
 * @param version the version the user last read; a different current version makes the save a conflict
 * @param comment optional note kept with the revision (a reviewer's reason for rejecting)
 * @param qaOverride why a reviewer approves despite quality-check errors; without it such an approval is refused
 */
public record SaveRequest(long documentId, String language, long segmentId, String text, String status,
                          Integer version, String comment, String qaOverride) {

    public SaveRequest(long documentId, String language, long segmentId, String text, String status, Integer version,
                       String comment) {
        this(documentId, language, segmentId, text, status, version, comment, null);
    }
}
