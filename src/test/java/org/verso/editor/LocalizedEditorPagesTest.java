package org.verso.editor;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.Api;

/** The editor and the glossary in the interface language the browser asks for, with the scripts' words too. */
@QuarkusTest
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class LocalizedEditorPagesTest {

    private static final String ARTICLE = """
            Harbour crane repaired

            The old crane lifts containers again. Dockers cheered.
            """;

    private static String page(String path, String language) {
        return Api.ADMIN.request().header("Accept-Language", language).get(path).then().statusCode(200).extract()
                .asString();
    }

    private static long documentIn(String language) {
        long id = Api.importArticle(ARTICLE);
        Api.addLanguage(id, language);
        return id;
    }

    @Test
    void editorSpeaksRussianIncludingItsScriptsWords() {
        long id = documentIn("tg");

        String html = page("/documents/" + id + "/tg", "ru");

        assertThat(html, containsString(">Подтвердить</button>"));
        assertThat(html, containsString("Сочетания клавиш"));
        assertThat(html, containsString("aria-label=\"Перевод сегмента 1\""));
        assertThat(html, containsString("Страница 1 из 1 · 3 сегмента"));
        assertThat(html, containsString("data-lang=\"ru\""));
        assertThat(html, containsString("data-js-not-saved-yet=\"Ещё не сохранено\""));
        assertThat(html, not(containsString("Keyboard shortcuts")));
    }

    @Test
    void editorSpeaksPersian() {
        long id = documentIn("tg");

        String html = page("/documents/" + id + "/tg", "fa");

        assertThat(html, containsString(">ثبت</button>"));
        assertThat(html, containsString("ترجمهٔ بخش 1"));
        assertThat(html, containsString("data-lang=\"fa\""));
        assertThat(html, not(containsString("Save draft")));
    }

    @Test
    void editorStaysEnglishByDefault() {
        long id = documentIn("tg");

        String html = Api.ADMIN.request().get("/documents/" + id + "/tg").then().statusCode(200).extract().asString();

        assertThat(html, containsString(">Save draft</button>"));
        assertThat(html, containsString("Page 1 of 1 · 3 segments"));
        assertThat(html, containsString("data-js-not-saved-yet=\"Not saved yet\""));
    }

    @Test
    void glossaryPageSpeaksRussianAndPersian() {
        String russian = page("/glossary?source=en&target=ru", "ru");
        String persian = page("/glossary?source=en&target=fa", "fa");

        assertThat(russian, containsString("Глоссарий en → ru"));
        assertThat(russian, containsString(">Показать термины</button>"));
        assertThat(russian, containsString("<option value=\"forbidden\">запрещённый</option>"));
        assertThat(persian, containsString("واژه‌نامه"));
        assertThat(persian, containsString("اصطلاح مبدأ"));
        assertThat(persian, not(containsString("Show terms")));
    }
}
