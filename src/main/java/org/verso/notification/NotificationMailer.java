package org.verso.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a notice by e-mail to those who chose its type, once its transaction committed, without waiting for the
 * SMTP server (the save that caused it answers at once). Off unless {@code verso.mail.enabled=true}; the server is
 * Quarkus' {@code quarkus.mailer.*}. A mail that fails is logged; the notice stays in the app.
 */
@ApplicationScoped
class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);

    private final ReactiveMailer mailer;
    private final boolean enabled;
    private final String publicUrl;

    NotificationMailer(ReactiveMailer mailer,
                       @ConfigProperty(name = "verso.mail.enabled", defaultValue = "false") boolean enabled,
                       @ConfigProperty(name = "verso.public-url") Optional<String> publicUrl) {
        this.mailer = mailer;
        this.enabled = enabled;
        this.publicUrl = publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationAdded notice) {
        if (!enabled || notice.email() == null) {
            return;
        }
        NoticeMessages messages = NotificationService.messages(notice.language());
        Mail mail = Mail.withText(notice.email(), "Verso: " + subject(messages, notice.type()), body(notice, messages));
        mailer.send(mail).subscribe().with(done -> { }, failure -> LOG.warnf("The e-mail of notification %d to %s"
                + " could not be sent: %s", notice.id(), notice.username(), failure.getMessage()));
    }

    /** The subject in the recipient's language, after "Verso: ". */
    static String subject(NoticeMessages messages, NotificationType type) {
        return switch (type) {
            case TASK_ASSIGNED -> messages.subject_task_assigned();
            case READY_FOR_REVIEW -> messages.subject_ready_for_review();
            case SEGMENT_REJECTED -> messages.subject_segment_rejected();
            case MENTION -> messages.subject_mention();
            case TASK_OVERDUE -> messages.subject_task_overdue();
        };
    }

    private String body(NotificationAdded notice, NoticeMessages messages) {
        StringBuilder body = new StringBuilder(notice.text()).append("\n\n");
        if (notice.mailBody() != null) {
            body.append(notice.mailBody()).append("\n\n");
        }
        if (notice.link() != null) {
            body.append(messages.mailOpen(publicUrl + notice.link())).append("\n\n");
        }
        return body.append(messages.mailFooter()).append("\n").toString();
    }
}
