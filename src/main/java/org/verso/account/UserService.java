package org.verso.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.language.LanguageTags;

/** Creates users and the first admin. */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MIN_PASSWORD = 8;
    /**
     * What a name that does not exist is checked against, so its answer takes as long as a wrong password: the
     * BCrypt hash (cost 10, as {@link BcryptUtil} makes) of two random UUIDs nobody kept. A constant rather than
     * hashed at class load, which cost every start a BCrypt round (docs/performance.md, "Start and footprint").
     */
    private static final String NO_SUCH_USER = "$2a$10$wQaIzVK8SgAjDSuI5Oppnu4WdUbbmZO.pXvmRMH3PpxKXXj6PJCWG";
    /** app_user.roles holds roles and assigned languages together. */
    private static final int MAX_ROLES_COLUMN = 200;

    private final AccountConfig config;
    private final Sessions sessions;

    UserService(AccountConfig config, Sessions sessions) {
        this.config = config;
        this.sessions = sessions;
    }

    @Transactional
    public UserView createUser(NewUser request) {
        String username = request.username() == null ? "" : request.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(ErrAccount.class, m -> m.usernameCharactersLowerCase());
        }
        validPassword(request.password());
        String roles = String.join(",", validRoles(request.roles()));
        if (User.findByUsername(username).isPresent()) {
            throw new ConflictException(ErrAccount.class, m -> m.usernameTaken(username));
        }
        return UserView.of(persist(username, request.password(), roles));
    }

    /**
     * Changes a user's roles, assigned languages, password and/or whether the account is disabled; what the update
     * leaves null stays. Languages are stored beside the roles ({@link Role#LANGUAGE_PREFIX}), so they take effect at
     * the user's next request. A new password, a removed role or disabling ends every session of the user at once.
     */
    @Transactional
    public UserView updateUser(String username, UserUpdate update) {
        User user = existing(username);
        UserView current = UserView.of(user);
        List<String> roles = update.roles() == null ? current.roles() : validRoles(update.roles());
        List<String> languages = update.languages() == null ? current.languages() : validLanguages(update.languages());
        List<String> stored = new ArrayList<>(roles);
        languages.forEach(l -> stored.add(Role.LANGUAGE_PREFIX + l));
        String joined = String.join(",", stored);
        if (joined.length() > MAX_ROLES_COLUMN) {
            throw new InvalidInputException(ErrAccount.class, m -> m.tooManyLanguagesOne(languages.size()));
        }
        boolean disable = Boolean.TRUE.equals(update.disabled()) && !user.disabled;
        boolean stillAdmin = roles.contains(Role.ADMIN.id()) && !disable;
        if (current.roles().contains(Role.ADMIN.id()) && !user.disabled && !stillAdmin && otherAdmins(user) == 0) {
            throw new ConflictException(ErrAccount.class, m -> m.lastAdminMakeSomeone(user.username));
        }
        boolean roleRemoved = !roles.containsAll(current.roles());
        if (update.password() != null) {
            user.passwordHash = BcryptUtil.bcryptHash(validPassword(update.password()));
        }
        if (update.disabled() != null) {
            user.disabled = update.disabled();
        }
        user.roles = joined;
        if (update.password() != null || roleRemoved || disable) {
            sessions.endAll(user);
        }
        return UserView.of(user);
    }

    /**
     * An admin's reset: a temporary password replaces the old one and every session of the user ends; until the user
     * chooses a new one ({@link ProfileService#changePassword}) every other request is refused.
     */
    @Transactional
    public UserView resetPassword(String username, String temporaryPassword) {
        User user = existing(username);
        user.passwordHash = BcryptUtil.bcryptHash(validPassword(temporaryPassword));
        user.mustChangePassword = true;
        sessions.endAll(user);
        return UserView.of(user);
    }

    static User existing(String username) {
        return User.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException(ErrAccount.class, m -> m.thereUser(username)));
    }

    /** Admins besides this user who can still log in. */
    private static long otherAdmins(User user) {
        return User.<User>list("roles like ?1 and id <> ?2 and disabled = false", "%" + Role.ADMIN.id() + "%",
                user.id).stream().filter(u -> UserView.of(u).roles().contains(Role.ADMIN.id())).count();
    }

    /**
     * Who the user is (roles, "lang:" assignments) when the password is right and the account is not disabled; empty
     * otherwise. An unknown name costs the same BCrypt check as a wrong password, so the answer's timing does not
     * tell which names exist.
     */
    @ActivateRequestContext
    Optional<Holder> holderIfPasswordMatches(String username, String password) {
        Optional<User> user = username == null ? Optional.empty() : User.findByUsername(username);
        boolean matches = BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(NO_SUCH_USER));
        return user.filter(u -> matches && !u.disabled).map(Holder::of);
    }

    /**
     * Of these languages (normalized tags), the ones this user is not assigned to, sorted: none for an admin or for
     * someone assigned to every language; all of them for an unknown or disabled user. Read at the time of asking,
     * so a background job checks the rights its owner has when it runs.
     */
    @Transactional
    public List<String> notAssignedTo(String username, Collection<String> languages) {
        Optional<User> user = User.findByUsername(username == null ? "" : username).filter(u -> !u.disabled);
        if (user.isEmpty()) {
            return languages.stream().distinct().sorted().toList();
        }
        UserView view = UserView.of(user.get());
        if (view.roles().contains(Role.ADMIN.id()) || view.languages().isEmpty()) {
            return List.of();
        }
        return languages.stream().distinct().filter(l -> !view.languages().contains(l)).sorted().toList();
    }

    public List<UserView> listUsers() {
        List<User> users = User.listAll(Sort.by("username"));
        return users.stream().map(UserView::of).toList();
    }

    /** Which of these names are users, in the order given: a comment's @mentions of real people. */
    public List<String> existingUsernames(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        Set<String> known = User.<User>list("username in ?1", names).stream().map(u -> u.username)
                .collect(Collectors.toSet());
        return names.stream().filter(known::contains).toList();
    }

    /** On first start with an empty database: the admin, with the configured or a generated password. */
    @Transactional
    public Optional<String> createFirstAdminIfNone() {
        if (User.count() > 0) {
            return Optional.empty();
        }
        Optional<String> configured = config.password().filter(p -> !p.isBlank());
        String password = configured.orElseGet(UserService::randomPassword);
        persist("admin", password, Role.ADMIN.id());
        if (configured.isEmpty()) {
            LOG.warnf("Created user 'admin' with the generated password: %s  (set verso.admin.password to choose one)",
                    password);
        } else {
            LOG.info("Created user 'admin' with the password from verso.admin.password");
        }
        return Optional.of("admin");
    }

    static String validPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException(ErrAccount.class, m -> m.passwordNeedsLeastCharacters(MIN_PASSWORD));
        }
        return password;
    }

    private static List<String> validLanguages(List<String> requested) {
        Set<String> languages = new LinkedHashSet<>();
        for (String tag : requested) {
            languages.add(LanguageTags.normalize(tag));
        }
        return new ArrayList<>(languages);
    }

    private static List<String> validRoles(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException(ErrAccount.class, m -> m.giveLeastOneRole());
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String id : requested) {
            Role role = Role.fromId(id == null ? "" : id.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new InvalidInputException(ErrAccount.class, m -> m.unknownRoleRolesAre(id)));
            roles.add(role.id());
        }
        return new ArrayList<>(roles);
    }

    private static User persist(String username, String password, String roles) {
        User user = new User();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.roles = roles;
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
