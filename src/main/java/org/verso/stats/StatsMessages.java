package org.verso.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The statistics page of one language of a document: words per status, per translator, per hour.
 * The English is in {@code messages/stats_en.properties}, the translations beside it; templates say
 * {@code {stats:key}}, Java {@code ui.bundle(StatsMessages.class).key()}.
 */
@MessageBundle(value = "stats", locale = "en")
public interface StatsMessages {

    @Message
    String title(String name);

    @Message
    String backToEditor();

    @Message
    String heading(String language);

    @Message
    String wordsApproved(int approved, int total);

    @Message
    String perStatus();

    @Message
    String status();

    @Message
    String words();

    @Message
    String segments();

    @Message
    String status_new();

    @Message
    String status_draft();

    @Message
    String status_fuzzy();

    @Message
    String status_translated();

    @Message
    String status_approved();

    @Message
    String status_rejected();

    @Message
    String perTranslator();

    @Message
    String nobodySaved();

    @Message
    String who();

    @Message
    String wordsTranslated();

    @Message
    String saves();

    @Message
    String activeHours();

    @Message
    String wordsPerHour();

    @Message
    String perHour();

    @Message
    String nothingTranslated();

    @Message
    String barTitle(String hour, int words);

    @Message
    String hour();
}
