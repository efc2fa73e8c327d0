package org.verso.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The login page, the profile page (e-mail, time zone, interface language, password, API tokens) and the users page.
 * The English is in {@code messages/account_en.properties}, the translations beside it; templates say
 * {@code {account:key}}, Java {@code ui.bundle(AccountMessages.class).key()}.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountMessages {

    @Message
    String loginTitle();

    @Message
    String loginFailed();

    @Message
    String loggingIn();

    @Message
    String username();

    @Message
    String password();

    @Message
    String profileTitle();

    @Message
    String profileLanguages();

    @Message
    String allLanguages();

    @Message
    String contactHeading();

    @Message
    String email();

    @Message
    String timeZone();

    @Message
    String interfaceLanguage();

    @Message
    String interfaceLanguageHint();

    @Message
    String alsoMail();

    @Message
    String mailTaskAssigned();

    @Message
    String mailReadyForReview();

    @Message
    String mailSegmentRejected();

    @Message
    String mailMention();

    @Message
    String mailTaskOverdue();

    @Message
    String mailHint();

    @Message
    String saveProfile();

    @Message
    String passwordHeading();

    @Message
    String changePasswordLink();

    @Message
    String tokensHeading();

    @Message
    String tokensHint();

    @Message
    String tokenCreated(String name);

    @Message
    String newTokenValue();

    @Message
    String tokenName();

    @Message
    String scopes();

    @Message
    String created();

    @Message
    String expires();

    @Message
    String lastUsed();

    @Message
    String revoke();

    @Message
    String revokeLabel(String name);

    @Message
    String revokeLabelOf(String name, String user);

    @Message
    String noToken();

    @Message
    String noTokenAll();

    @Message
    String newToken();

    @Message
    String tokenNameExample();

    @Message
    String scopeRead();

    @Message
    String scopeWrite();

    @Message
    String scopeAdmin();

    @Message
    String expiresAfter();

    @Message
    String createToken();

    @Message
    String passwordTitle();

    @Message
    String passwordReset();

    @Message
    String currentPassword();

    @Message
    String newPassword();

    @Message
    String changePassword();

    @Message
    String usersTitle();

    @Message
    String rolesAndLanguages();

    @Message
    String rolesAndLanguagesOf(String user);

    @Message
    String since();

    @Message
    String account();

    @Message
    String roleTranslator();

    @Message
    String roleReviewer();

    @Message
    String roleEditor();

    @Message
    String roleAdmin();

    @Message
    String languagesLabel();

    @Message
    String languagesOf(String user);

    @Message
    String saveRolesOf(String user);

    @Message
    String mustChoose();

    @Message
    String temporaryPassword();

    @Message
    String temporaryPasswordFor(String user);

    @Message
    String reset();

    @Message
    String resetOf(String user);

    @Message
    String disabled();

    @Message
    String enable();

    @Message
    String enableOf(String user);

    @Message
    String disable();

    @Message
    String disableOf(String user);

    @Message
    String usersHint();

    @Message
    String newUser();

    @Message
    String roles();

    @Message
    String createUser();

    @Message
    String user();
}
