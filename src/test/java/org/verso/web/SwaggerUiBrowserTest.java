package org.verso.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Swagger UI really draws the API in a browser that enforces Verso's content policy (issue 25): its inline start-up
 * script is allowed on its own pages only.
 */
@QuarkusTest
@Tag("browser")
class SwaggerUiBrowserTest {

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aLoggedInPersonSeesTheOperations() {
        Page page = chromium.logIn(root.toString(), "admin", "admin-secret");
        page.navigate("/q/swagger-ui/");
        assertThat(page.locator("[id^='operations-'][id$='-importDocument']").first()).isVisible();
        assertThat(page.getByText("/api/documents/{id}/languages/{lang}/export").first()).isVisible();
    }
}
