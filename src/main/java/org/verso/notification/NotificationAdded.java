package org.verso.notification;

/**
 * Fired in the transaction that stored a notice; the e-mail follows the commit. {@code email} is the person's
 * address when they chose this type by e-mail (else null); {@code mailBody} the longer text an e-mail carries (the
 * segment and the comment of a rejection), or null; {@code language} the recipient's, which text and mail body are in.
 */
record NotificationAdded(long id, String username, NotificationType type, String text, String link,
                         String mailBody, String email, String language) {
}
