package org.verso.account;

import java.util.List;

/**
 * What an admin changes about a user; a null field keeps what the user has.
 *
 * @param languages the languages the user translates or reviews (BCP 47); empty means every language
 */
public record UserUpdate(List<String> roles, List<String> languages, String password) {
}
