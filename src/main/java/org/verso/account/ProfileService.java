package org.verso.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.verso.failure.InvalidInputException;

/** What each person changes about themselves: password, e-mail address and time zone. */
@ApplicationScoped
public class ProfileService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final int MAX_EMAIL = 254;

    private final Sessions sessions;

    ProfileService(Sessions sessions) {
        this.sessions = sessions;
    }

    @Transactional
    public UserView profile(String username) {
        return UserView.of(UserService.existing(username));
    }

    /**
     * Sets the e-mail address and/or the time zone (an IANA id such as Europe/Moscow); null keeps the current value,
     * an empty text clears it.
     */
    @Transactional
    public UserView updateProfile(String username, String email, String timeZone) {
        String validEmail = email == null ? null : validEmail(email.trim());
        String validZone = timeZone == null ? null : validTimeZone(timeZone.trim());
        User user = UserService.existing(username);
        if (email != null) {
            user.email = validEmail.isEmpty() ? null : validEmail;
        }
        if (timeZone != null) {
            user.timeZone = validZone.isEmpty() ? null : validZone;
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
            throw new InvalidInputException("The current password is not right; nothing was changed.");
        }
        UserService.validPassword(newPassword);
        if (newPassword.equals(current)) {
            throw new InvalidInputException("Choose a new password, not the one you have now.");
        }
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        user.mustChangePassword = false;
        sessions.endAllBut(user, keptSessionToken);
    }

    private static String validEmail(String email) {
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException("'" + email + "' is not an e-mail address (name@example.org).");
        }
        return email;
    }

    private static String validTimeZone(String zone) {
        if (!zone.isEmpty() && !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidInputException("'" + zone + "' is not a time zone: give an IANA id such as"
                    + " Europe/Moscow, Asia/Dushanbe or UTC.");
        }
        return zone;
    }
}
