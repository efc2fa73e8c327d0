package org.verso.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test's Chromium as a JUnit extension ({@code @RegisterExtension static}): one browser per class, a fresh
 * profile per person, every profile closed after each test, so a test class holds no launch and close code.
 */
public final class ChromiumPerClass implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Chromium chromium;
    private final List<BrowserContext> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.launch();
    }

    /** A person logged in through the real login form, with JavaScript on. */
    public Page logIn(String baseUrl, String username, String password) {
        return track(chromium.logIn(baseUrl, username, password));
    }

    /** As {@link #logIn(String, String, String)}, with the page's Content-Security-Policy off when a test injects scripts. */
    public Page logIn(String baseUrl, String username, String password, boolean injectsScripts) {
        return track(chromium.logIn(baseUrl, username, password, injectsScripts));
    }

    /** A person logged in with JavaScript off: the plain forms. */
    public Page logInWithoutJavaScript(String baseUrl, String username, String password) {
        return track(chromium.logInWithoutJavaScript(baseUrl, username, password));
    }

    /** A person who has not logged in. */
    public Page anonymous(String baseUrl) {
        return track(chromium.anonymous(baseUrl));
    }

    private Page track(Page page) {
        open.add(page.context());
        return page;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(BrowserContext::close);
        open.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    /**
     * Makes {@code page} hidden or visible again as switching browser tabs does: {@code document.hidden}
     * changes and a {@code visibilitychange} event fires (a headless browser has no tab to switch to).
     */
    public static void setHidden(Page page, boolean hidden) {
        page.evaluate("hidden => { Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });"
                + " document.dispatchEvent(new Event('visibilitychange')); }", hidden);
    }
}
