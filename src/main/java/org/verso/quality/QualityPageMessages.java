package org.verso.quality;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the quality report page: findings, findings marked not an error, and the document's checks. The texts are in {@code messages/qa_page_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "qa_page", locale = "en")
public interface QualityPageMessages {

    @Message String reportTitle(String title, String language);
    @Message String editor();
    @Message String qualityReport();
    @Message String findingCounts(int findings, int shown);
    @Message String severity();
    @Message String any();
    @Message String errors();
    @Message String warnings();
    @Message String check();
    @Message String filter();
    @Message String checkInBackground();
    @Message String checkInBackgroundHint();
    @Message String colFinding();
    @Message String severityName(String severity);
    @Message String nothingToReport();
    @Message String markedNotError();
    @Message String noneMarked();
    @Message String markedHint();
    @Message String whyRight();
    @Message String markedBy();
    @Message String undoOf(int n, String check);
    @Message String undo();
    @Message String checksForDocument();
    @Message String saveChecks();
    @Message String offForDocument();
}
