package org.verso.article;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.Api;

/** The document pages in the interface language the browser asks for: Russian and Persian, English otherwise. */
@QuarkusTest
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class LocalizedDocumentPagesTest {

    private static final String ARTICLE = """
            Ferry timetable changes

            The night ferry now leaves at ten. Tickets bought earlier stay valid.
            """;

    private String page(String path, String language) {
        return Api.ADMIN.request().header("Accept-Language", language).get(path).then().statusCode(200).extract()
                .asString();
    }

    @Test
    void documentPageSpeaksRussianWithRussianPluralForms() {
        long id = Api.importArticle(ARTICLE);
        Api.addLanguage(id, "tg");

        String html = page("/documents/" + id, "ru");

        assertThat(html, containsString("Языки перевода"));
        assertThat(html, containsString("3 сегмента в 2 абзацах"));
        assertThat(html, containsString(">Пропустить</button>"));
        assertThat(html, not(containsString("Target languages")));
    }

    @Test
    void documentPageSpeaksPersian() {
        long id = Api.importArticle(ARTICLE);

        String html = page("/documents/" + id, "fa");

        assertThat(html, containsString("زبان‌های مقصد"));
        assertThat(html, containsString("3 بخش در 2 بند"));
        assertThat(html, not(containsString("Target languages")));
    }

    @Test
    void documentPageStaysEnglishForALanguageVersoDoesNotShip() {
        long id = Api.importArticle(ARTICLE);

        String html = page("/documents/" + id, "de");

        assertThat(html, containsString("3 segments in 2 paragraphs"));
    }

    @Test
    void importFormAndDocumentListSpeakTajik() {
        assertThat(page("/documents/new", "tg"), containsString("Ворид кардани мақола"));
        assertThat(page("/documents", "tg"), containsString("Ҳуҷҷатҳо"));
    }
}
