package org.verso.notification;

/**
 * Fired in the transaction that stored a notice; the e-mail for those who chose it follows the commit.
 * {@code mailBody} is the longer text an e-mail carries (the segment and the comment of a rejection), or null.
 */
record NotificationAdded(long id, String username, NotificationType type, String text, String link,
                         String mailBody) {
}
