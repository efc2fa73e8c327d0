package org.verso.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The notifications page, the bell, and the texts and e-mails of notifications (in the recipient's language).
 * The English is in {@code messages/notice_en.properties}, the translations beside it; templates say
 * {@code {notice:key}}, Java {@code ui.bundle(NoticeMessages.class).key()}.
 */
@MessageBundle(value = "notice", locale = "en")
public interface NoticeMessages {

    @Message
    String title();

    @Message
    String summary(long unread);

    @Message
    String markAllRead();

    @Message
    String read();

    @Message
    String markRead();

    @Message
    String markReadLabel(String text);

    @Message
    String nothingYet();

    @Message
    String bell();

    @Message
    String bellUnread();

    @Message
    String roleTranslator();

    @Message
    String roleReviewer();

    @Message
    String assigned(String role, String title, String language, String due, String by);

    @Message
    String readyForReview(String title, String language);

    @Message
    String overdue(String title, String language, String due, String stage);

    @Message
    String mentioned(String by, String title, String comment);

    @Message
    String rejected(String by, long number, String title, String language, String comment);

    @Message
    String rejectedMail(long number, String source, String translation, String comment);

    @Message
    String subject_task_assigned();

    @Message
    String subject_ready_for_review();

    @Message
    String subject_segment_rejected();

    @Message
    String subject_mention();

    @Message
    String subject_task_overdue();

    @Message
    String mailOpen(String url);

    @Message
    String mailFooter();
}
