package org.verso.notification;

/**
 * Fired in the transaction that added a notice for {@code username} or marked some of theirs read; after the commit
 * the live streams tell that person's bells to fetch their count again.
 */
record NoticesChanged(String username) {
}
