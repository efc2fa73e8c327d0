package org.verso.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.web.ChromiumPerClass;

/**
 * A login waits its turn at the password check (seconds when many log in at once: docs/performance.md), and a second
 * click would abandon it and queue again at the back. The form says it is logging in and sends itself once. Here the
 * browser holds the login's request until the test lets it go, as a long queue would.
 */
@QuarkusTest
@Tag("browser")
class LoginFormBrowserTest {

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aWaitingLoginSaysSoAndIsSentOnce() {
        Page page = chromium.anonymous(root.toString());
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route("**/j_security_check", held::add);
        // While a navigation is pending Playwright waits for it before reading the page, so the page reports what
        // each submit left behind, and clicks "Log in" a second time after the first, as an impatient person would.
        List<String> seen = new CopyOnWriteArrayList<>();
        page.exposeFunction("loginFormSaw", args -> seen.add(args[0] + " " + args[1]));
        page.addInitScript("document.addEventListener('submit', (event) => setTimeout(() => {"
                + " const form = event.target; const button = form.querySelector('button');"
                + " window.loginFormSaw(form.getAttribute('aria-busy'), button.textContent);"
                + " if (!window.clickedAgain) { window.clickedAgain = true; button.click(); } }, 0), true);");
        page.navigate("/login");
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password").fill("admin-secret");
        // The click starts a navigation that the held request keeps from committing: do not wait for it.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click(new Locator.ClickOptions().setNoWaitAfter(true));

        // Playwright hands the held request to the route handler on its own turn, which may come after both reports.
        page.waitForCondition(() -> seen.size() >= 2 && !held.isEmpty());
        assertEquals(List.of("true Logging in…", "true Logging in…"), seen, "after the first and the second click");
        held.get(0).resume();
        page.waitForURL(url -> !url.contains("/login"));
        assertEquals(1, held.size(), "one login request, however often the form is sent");
    }
}
