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
        Mail mail = Mail.withText(notice.email(), "Verso: " + notice.type().subject(), body(notice));
        mailer.send(mail).subscribe().with(done -> { }, failure -> LOG.warnf("The e-mail of notification %d to %s"
                + " could not be sent: %s", notice.id(), notice.username(), failure.getMessage()));
    }

    private String body(NotificationAdded notice) {
        StringBuilder body = new StringBuilder(notice.text()).append("\n\n");
        if (notice.mailBody() != null) {
            body.append(notice.mailBody()).append("\n\n");
        }
        if (notice.link() != null) {
            body.append("Open it: ").append(publicUrl).append(notice.link()).append("\n\n");
        }
        return body.append("You get this e-mail because you chose it on your Verso profile.\n").toString();
    }
}
