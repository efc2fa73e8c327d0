package org.verso.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.verso.failure.InvalidInputException;

/** What each person changes about themselves: password, e-mail address and time zone. */
@ApplicationScoped
public class ProfileService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final int MAX_EMAIL = 254;

    /** The languages Verso's interface ships in (the same list as web.UiLocale.SHIPPED). */
    public static final List<String> INTERFACE_LANGUAGES = List.of("en", "ru", "fa", "tg");

    /** A profile change: null keeps a field, an empty text (or list) clears it. */
    public record UserUpdateFields(String email, String timeZone, List<String> emailNotifications, String language) {
    }

    private final Sessions sessions;

    ProfileService(Sessions sessions) {
        this.sessions = sessions;
    }

    /**
     * Security identity attribute: the interface language the person had chosen when the request's session, password
     * or token was checked ({@code ""} for none), so a page need not read it again (see {@code web.UiLocale}).
     */
    public static final String LANGUAGE_ATTRIBUTE = "verso.interface-language";

    /** The interface language the person chose ({@code en}, {@code ru}, …), or null: follow the browser. */
    @Transactional
    public String interfaceLanguage(String username) {
        return User.findByUsername(username).map(u -> u.language).orElse(null);
    }

    @Transactional
    public UserView profile(String username) {
        return UserView.of(UserService.existing(username));
    }

    /**
     * Sets the e-mail address and/or the time zone (an IANA id such as Europe/Moscow) and/or the notification types
     * also sent by e-mail ({@link MailChoice} ids); null keeps the current value, an empty text or list clears it.
     */
    @Transactional
    public UserView updateProfile(String username, String email, String timeZone, List<String> mailChoices) {
        return updateProfile(username, new UserUpdateFields(email, timeZone, mailChoices, null));
    }

    /**
     * The same, and the interface language: one of {@link #INTERFACE_LANGUAGES}; null keeps it, an empty text clears
     * it (the browser's Accept-Language decides again).
     */
    @Transactional
    public UserView updateProfile(String username, UserUpdateFields fields) {
        String email = fields.email();
        String timeZone = fields.timeZone();
        List<String> mailChoices = fields.emailNotifications();
        String language = fields.language() == null ? null : validLanguage(fields.language().strip());
        String validEmail = email == null ? null : validEmail(email.trim());
        String validZone = timeZone == null ? null : validTimeZone(timeZone.trim());
        String validChoices = mailChoices == null ? null : validChoices(mailChoices);
        User user = UserService.existing(username);
        if (validChoices != null) {
            user.emailNotifications = validChoices;
        }
        if (email != null) {
            user.email = validEmail.isEmpty() ? null : validEmail;
        }
        if (timeZone != null) {
            user.timeZone = validZone.isEmpty() ? null : validZone;
        }
        if (language != null) {
            user.language = language.isEmpty() ? null : language;
        }
        return UserView.of(user);
    }

    /**
     * The user's own password change: the current password must be right, and after an admin's reset the new one must
     * differ from the temporary one. Every other session of the user ends; the one making the change (its token, or
     * null for HTTP Basic) stays. Clears the reset's "must change" mark.
     */
    @Transactional
    public void changePassword(String username, String current, String newPassword, String keptSessionToken) {
        User user = UserService.existing(username);
        if (current == null || !BcryptUtil.matches(current, user.passwordHash)) {
            throw new InvalidInputException(ErrAccount.class, m -> m.currentPasswordRightNothing());
        }
        UserService.validPassword(newPassword);
        if (newPassword.equals(current)) {
            throw new InvalidInputException(ErrAccount.class, m -> m.chooseNewPasswordOne());
        }
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        user.mustChangePassword = false;
        sessions.endAllBut(user, keptSessionToken);
    }

    private static String validEmail(String email) {
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException(ErrAccount.class, m -> m.eMailAddressName(email));
        }
        return email;
    }

    /**
     * The person's e-mail address if they chose to get notifications of type {@code choice} by e-mail and gave one;
     * read in the caller's transaction (the notification's).
     */
    @Transactional
    public Optional<String> mailFor(String username, String choice) {
        return User.findByUsername(username).filter(u -> u.email != null && !u.disabled
                && Arrays.asList(u.emailNotifications.split(",")).contains(choice)).map(u -> u.email);
    }

    private static String validChoices(List<String> choices) {
        Set<String> valid = new LinkedHashSet<>();
        for (String choice : choices) {
            String id = choice == null ? "" : choice.strip();
            if (MailChoice.of(id).isEmpty()) {
                throw new InvalidInputException(ErrAccount.class,
                        m -> m.notificationTypeTypesAre(choice, Arrays.stream(MailChoice.values()).map(MailChoice::id).collect(Collectors.joining(", "))));
            }
            valid.add(id);
        }
        return String.join(",", valid);
    }

    private static String validLanguage(String language) {
        if (!language.isEmpty() && !INTERFACE_LANGUAGES.contains(language)) {
            throw new InvalidInputException("'" + language + "' is not a language of Verso's interface; choose one of "
                    + String.join(", ", INTERFACE_LANGUAGES) + ", or \"\" to follow the browser.");
        }
        return language;
    }

    private static String validTimeZone(String zone) {
        if (!zone.isEmpty() && !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidInputException(ErrAccount.class, m -> m.timeZoneGiveIana(zone));
        }
        return zone;
    }
}
