package org.verso.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error details of the account area: the {@code detail} of an API problem and the text of an error page, in the
 * viewer's language. English in messages/erraccount_en.properties, one file per shipped language beside it.
 */
@MessageBundle(value = "erraccount", locale = "en")
public interface ErrAccount {

    @Message
    String currentPasswordRightNothing();

    @Message
    String chooseNewPasswordOne();

    @Message
    String eMailAddressName(Object email);

    @Message
    String notificationTypeTypesAre(Object choice, Object list);

    @Message
    String timeZoneGiveIana(Object zone);

    @Message
    String giveTokenNameCharacters(Object maxName);

    @Message
    String onlyAdminsMayCreate();

    @Message
    String expiryPassedGiveTime(Object expiresAt);

    @Message
    String youTokensRevokeSome(Object maxPerUser);

    @Message
    String youToken(Object id);

    @Message
    String thereToken(Object id);

    @Message
    String giveTokenLeastOne();

    @Message
    String unknownScopeScopesAre(Object id);

    @Message
    String sendJsonBodyName();

    @Message
    String sendJsonBodyEmail();

    @Message
    String sendJsonBodyCurrentpassword();

    @Message
    String apiTokenMayOnly(Object list);

    @Message
    String dateYyyyMmDd(Object date);

    @Message
    String usernameCharactersLowerCase();

    @Message
    String usernameTaken(Object username);

    @Message
    String tooManyLanguagesOne(Object count);

    @Message
    String lastAdminMakeSomeone(Object username);

    @Message
    String thereUser(Object username);

    @Message
    String passwordNeedsLeastCharacters(Object minPassword);

    @Message
    String giveLeastOneRole();

    @Message
    String unknownRoleRolesAre(Object id);

    @Message
    String sendJsonBodyUsername();

    @Message
    String sendJsonBodyRoles();

    @Message
    String sendJsonBodyTemporary();

    @Message
    String passwordChangeRequired();
}
