package org.verso.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Debian's Chromium driven by Playwright, one per test class (starting it takes about a second; a context per
 * person is cheap). Playwright never downloads a browser: surefire sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 and the
 * executable is the system one ({@code -Dverso.chromium=/path} to use another).
 */
public final class Chromium implements AutoCloseable {

    /** Flags for a headless run in a container: no sandbox, no GPU, no traffic to Google's update services. */
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        Path executable = Path.of(System.getProperty("verso.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable + ": install Debian's chromium package"
                    + " (.ci/run does) or point -Dverso.chromium at one.");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true).setArgs(ARGS));
        return new Chromium(playwright, browser);
    }

    /** A fresh browser profile (own cookies) logged in through the real login form; navigate it where needed. */
    public Page logIn(String baseUrl, String username, String password) {
        return logIn(baseUrl, username, password, false);
    }

    /**
     * The same; {@code injectsScripts} lets a test inject a tool of its own (axe-core) as an inline script, which
     * Verso's Content-Security-Policy rightly blocks for anything else.
     */
    public Page logIn(String baseUrl, String username, String password, boolean injectsScripts) {
        return logIn(options(baseUrl).setBypassCSP(injectsScripts), username, password);
    }

    /** The same with JavaScript off: the plain forms every page must keep working with. */
    public Page logInWithoutJavaScript(String baseUrl, String username, String password) {
        return logIn(options(baseUrl).setJavaScriptEnabled(false), username, password);
    }

    /** A fresh browser profile that has not logged in. */
    public Page anonymous(String baseUrl) {
        BrowserContext context = browser.newContext(options(baseUrl));
        context.setDefaultTimeout(10_000);
        return context.newPage();
    }

    private static Browser.NewContextOptions options(String baseUrl) {
        return new Browser.NewContextOptions().setBaseURL(baseUrl).setAcceptDownloads(true).setViewportSize(1280, 900);
    }

    /**
     * The first login of a person goes through the form; later ones start a fresh profile with the cookies that login
     * left (Playwright's storage state), which spares each test two page loads and a BCrypt check. The page answered
     * is signed in but shows no particular page: a test navigates to what it needs.
     */
    private Page logIn(Browser.NewContextOptions options, String username, String password) {
        String key = options.baseURL + "\n" + username + "\n" + password;
        String state = sessions.get(key);
        BrowserContext context = browser.newContext(state == null ? options : options.setStorageState(state));
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        if (state != null) {
            return page;
        }
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        sessions.put(key, context.storageState());
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
