package org.verso.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words every page shares: the top bar, navigation, buttons, the pager and the page frame of an error.
 * The English is in {@code messages/common_en.properties}, the translations beside it; templates say
 * {@code {common:key}}, Java {@code ui.bundle(CommonMessages.class).key()}.
 */
@MessageBundle(value = "common", locale = "en")
public interface CommonMessages {

    @Message
    String brandHome();

    @Message
    String navMain();

    @Message
    String navDocuments();

    @Message
    String navMyWork();

    @Message
    String navDesk();

    @Message
    String navImport();

    @Message
    String navMemory();

    @Message
    String navGlossary();

    @Message
    String navJobs();

    @Message
    String navUsers();

    @Message
    String navSegmentation();

    @Message
    String navMachine();

    @Message
    String navWebhooks();

    @Message
    String bell();

    @Message
    String unread();

    @Message
    String yourProfile(String name);

    @Message
    String logOut();

    @Message
    String logIn();

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String delete();

    @Message
    String back();

    @Message
    String goBack();

    @Message
    String dismiss();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String never();

    @Message
    String expired();

    @Message
    String all();

    @Message
    String filter();

    @Message
    String language();

    @Message
    String pagesOfSegments();

    @Message
    String pageOf(int page, int count, long total);

    @Message
    String progressLabel(String name, int approved, int translated, int draft, int untranslated);

    @Message
    String notAnError();

    @Message
    String notAnErrorButton();

    @Message
    String notAnErrorReason();

    @Message
    String notAnErrorReasonLabel(String message, int number);

    @Message
    String notAnErrorLabel(String check, int number);

    @Message
    String use();

    @Message
    String useLabel(String what, int number);

    @Message
    String browserLanguage();
}
