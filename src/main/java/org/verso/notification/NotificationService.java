package org.verso.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.verso.account.ProfileService;
import org.verso.failure.NotFoundException;

/** Each person's notices: written where a change happens, listed newest first, marked read. */
@ApplicationScoped
public class NotificationService {

    /** Notices the list shows; older ones stay in the table. */
    static final int RECENT = 200;
    /** The longest text kept (the column's size); a long comment is cut with an ellipsis. */
    private static final int MAX_TEXT = 2000;

    private final Event<NotificationAdded> added;
    private final Event<NoticesChanged> changed;
    private final ProfileService profiles;

    NotificationService(Event<NotificationAdded> added, Event<NoticesChanged> changed, ProfileService profiles) {
        this.added = added;
        this.changed = changed;
        this.profiles = profiles;
    }

    /**
     * Stores a notice for {@code username}, written in their language ({@link #languageOf}), in the caller's transaction (it commits or rolls back with the change it
     * tells about; every event it follows is fired inside one, else it gets its own) and fires {@link NotificationAdded} there, with the address if the person chose this type by
     * e-mail, for the mail that follows the commit.
     */
    @Transactional
    void add(String username, NotificationType type, Words text, String link, Words mailBody) {
        String language = languageOf(username);
        NoticeMessages messages = messages(language);
        Locale locale = Locale.forLanguageTag(language);
        add(username, type, text.write(messages, locale), link,
                mailBody == null ? null : mailBody.write(messages, locale), language);
    }

    private void add(String username, NotificationType type, String text, String link, String mailBody,
                     String language) {
        Notification n = new Notification();
        n.username = username;
        n.type = type.apiName();
        n.text = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
        n.link = link;
        n.createdAt = Instant.now();
        n.persist();
        added.fire(new NotificationAdded(n.id, username, type, n.text, link, mailBody,
                profiles.mailFor(username, type.apiName()).orElse(null), language));
        changed.fire(new NoticesChanged(username));
    }

    /**
     * The language a notice to {@code username} is written in: their interface language if they chose one, else
     * English (a notice is written once, when its change happens, and may be read by e-mail far from any browser).
     */
    String languageOf(String username) {
        String chosen = profiles.interfaceLanguage(username);
        return chosen == null ? "en" : chosen;
    }

    static NoticeMessages messages(String language) {
        return MessageBundles.get(NoticeMessages.class, Localized.Literal.of(language));
    }

    /** A notice's text in the recipient's bundle and locale (for dates). */
    @FunctionalInterface
    interface Words {
        String write(NoticeMessages messages, Locale locale);
    }

    /** The person's newest notices, newest first. */
    @Transactional
    public List<NotificationView> mine(String username) {
        return Notification.<Notification>find("username = ?1 order by id desc", username).page(0, RECENT).list()
                .stream().map(NotificationView::of).toList();
    }

    @Transactional
    public long unread(String username) {
        return Notification.count("username = ?1 and readAt is null", username);
    }

    /** Marks one of the person's notices read; someone else's is as absent as one that does not exist (404). */
    @Transactional
    public NotificationView markRead(String username, long id) {
        Notification n = Notification.findById(id);
        if (n == null || !n.username.equals(username)) {
            throw new NotFoundException(ErrNotification.class, m -> m.youNotification(id));
        }
        if (n.readAt == null) {
            n.readAt = Instant.now();
            changed.fire(new NoticesChanged(username));
        }
        return NotificationView.of(n);
    }

    @Transactional
    public void markAllRead(String username) {
        if (Notification.update("readAt = ?1 where username = ?2 and readAt is null", Instant.now(), username) > 0) {
            changed.fire(new NoticesChanged(username));
        }
    }
}
