package org.verso.account;

import java.util.List;

/**
 * What an admin changes about a user; a null field keeps what the user has.
 *
 * @param languages the languages the user translates or reviews (BCP 47); empty means every language
 * @param password  a new password (a reset by an admin): every session of the user ends
 * @param disabled  true: the user can no longer log in and every session ends; false: enabled again
 */
public record UserUpdate(List<String> roles, List<String> languages, String password, Boolean disabled) {

    public UserUpdate(List<String> roles, List<String> languages, String password) {
        this(roles, languages, password, null);
    }
}
