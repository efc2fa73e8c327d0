package org.verso.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;
import static org.verso.Api.letters;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.Api;
import org.verso.interchange.xliff.XliffSchema;
import org.verso.job.Jobs;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code fillTargets=source}: for tools that translate only inside a target (OmegaT 3.6 finds nothing to do in a
 * unit without one), empty targets get the source, marked as not translated; the file stays schema-valid and
 * reads back as no change.
 */
@QuarkusTest
class XliffFillTargetsApiTest {

    /** Two sentences, German added, the first one translated; the second has no text yet. */
    private static long halfTranslated() {
        long id = Api.importArticle(sentence() + " " + sentence() + "\n");
        Api.addLanguage(id, "de");
        long first = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "de", first, "Erster Satz " + letters(6) + ".", "TRANSLATED", 0).then()
                .statusCode(200);
        return id;
    }

    private static String sentence() {
        String word = letters(7);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + letters(6) + " " + letters(8) + ".";
    }

    private static Response export(long id, String format, String fillTargets) {
        return asAdmin().queryParam("format", format).queryParam("partial", true)
                .queryParam("fillTargets", fillTargets).get("/api/documents/{id}/languages/de/export", id);
    }

    /** Per unit: source, target and the state the file gives it (2.x segment state, 1.2 target state). */
    private static List<List<String>> units(byte[] file, boolean xliff12) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList sources = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file))
                .getElementsByTagNameNS("*", "source");
        List<List<String>> units = new ArrayList<>();
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            Element parent = (Element) source.getParentNode();
            Element target = (Element) parent.getElementsByTagNameNS("*", "target").item(0);
            String state = xliff12 ? target.getAttribute("state") : parent.getAttribute("state");
            units.add(List.of(source.getTextContent(), target.getTextContent(), state));
        }
        return units;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff", "xliff12"})
    void emptyTargetsGetTheSourceMarkedUntranslatedAndTheFileIsValid(String format) throws Exception {
        long id = halfTranslated();
        Response response = export(id, format, "source");
        assertEquals(200, response.statusCode(), response.asString());
        byte[] file = response.asByteArray();
        boolean xliff12 = format.equals("xliff12");

        if (xliff12) {
            XliffSchema.assertValid12(file);
        } else {
            XliffSchema.assertValid(file);
        }
        List<List<String>> units = units(file, xliff12);
        Map<String, Object> translated = Api.translation(id, "de", Api.segmentId(id, 0));
        String second = (String) Api.segments(id).get(1).get("source");
        assertEquals(List.of(
                List.of((String) Api.segments(id).get(0).get("source"), (String) translated.get("text"),
                        "translated"),
                List.of(second, second, xliff12 ? "needs-translation" : "initial")), units);
    }

    @Test
    void anUntouchedFilledFileReadsBackAsNoChange() {
        long id = halfTranslated();
        byte[] file = export(id, "xliff", "source").then().statusCode(200).extract().asByteArray();

        Response response = Api.ADMIN.request().multiPart("file", "omegat.xlf", file, "application/xliff+xml")
                .post("/api/documents/{id}/languages/de/import", id);

        assertEquals(List.of(200, 0), List.of(response.statusCode(), response.jsonPath().getInt("applied")));
        Map<String, Object> second = Api.translation(id, "de", Api.segmentId(id, 1));
        assertNull(second.get("text"), "the copied source must not become a translation");
        assertEquals(0, ((Number) second.get("version")).intValue());
    }

    @Test
    void fillTargetsIsForXliffAndOnlyWithTheSource() {
        long id = halfTranslated();

        Api.assertProblem(export(id, "txt", "source"), 400);
        Api.assertProblem(export(id, "xliff", "target"), 400);
    }

    @Test
    void theBackgroundExportFillsTargetsToo() throws Exception {
        long id = halfTranslated();
        long job = asAdmin().queryParam("format", "xliff").queryParam("partial", true)
                .queryParam("fillTargets", "source").queryParam("async", true)
                .get("/api/documents/{id}/languages/de/export", id).then().statusCode(202).extract().jsonPath()
                .getLong("id");
        assertEquals("done", Jobs.awaitEnd(Api.ADMIN, job).getString("state"));

        byte[] file = asAdmin().get("/api/jobs/{id}/download", job).then().statusCode(200).extract().asByteArray();

        String second = (String) Api.segments(id).get(1).get("source");
        assertEquals(List.of(second, second, "initial"), units(file, false).get(1));
    }

    @Test
    void theDocumentPageOffersTheChoiceAndItsDownloadFillsTargets() throws Exception {
        long id = halfTranslated();
        String page = Api.ADMIN.request().get("/documents/{id}", id).then().statusCode(200).extract().asString();

        byte[] file = Api.ADMIN.request().queryParam("format", "xliff12").queryParam("partial", true)
                .queryParam("fillTargets", "source").get("/documents/{id}/de/download", id).then().statusCode(200)
                .extract().asByteArray();

        assertTrue(page.contains("name=\"fillTargets\" value=\"source\""), "the checkbox on the document page");
        String second = (String) Api.segments(id).get(1).get("source");
        assertEquals(List.of(second, second, "needs-translation"), units(file, true).get(1));
    }
}
