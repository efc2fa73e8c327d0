package org.verso.l10n;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.Api;

/**
 * Issue 22, dogfooding (README "Translating Verso's interface in Verso"): Verso's own English bundle is a properties
 * catalog Verso imports, translates and exports back into the file the application reads.
 */
@QuarkusTest
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class DogfoodingCatalogTest {

    @Test
    void theCommonBundleGoesThroughVersoAndComesBackAsTheFileTheApplicationReads() throws IOException {
        byte[] english = Api.resourceBytes("/messages/common_en.properties");
        long id = Api.asAdmin().multiPart("sourceLanguage", "en")
                .multiPart("file", "common_en.properties", english, "application/octet-stream")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("properties", Api.asAdmin().get("/api/documents/{id}", id).jsonPath().getString("format"));
        List<Map<String, Object>> segments = Api.segments(id);
        assertEquals(load(english).size(), segments.size(), "one segment per key");

        Api.addLanguage(id, "ru");
        assertArrayEquals(english, export(id), "nothing translated yet: the English file, byte for byte");

        // Translate every message without a {parameter} as the shipped Russian file has it.
        Properties russian = load(Api.resourceBytes("/messages/common_ru.properties"));
        int translated = 0;
        for (Map<String, Object> segment : segments) {
            String key = (String) segment.get("key");
            String text = russian.getProperty(key);
            if (!text.contains("{")) {
                Api.save(Api.ADMIN, id, "ru", ((Number) segment.get("id")).longValue(), text, "APPROVED", 0)
                        .then().statusCode(200);
                translated++;
            }
        }
        assertTrue(translated > 30, "most of the bundle: " + translated);
        Properties exported = load(export(id));
        for (Map<String, Object> segment : segments) {
            String key = (String) segment.get("key");
            String expected = russian.getProperty(key).contains("{") ? load(english).getProperty(key)
                    : russian.getProperty(key);
            assertEquals(expected, exported.getProperty(key), key);
        }
    }

    private static byte[] export(long id) {
        return Api.asAdmin().get("/api/documents/{id}/languages/ru/export?format=properties&partial=true", id)
                .then().statusCode(200).extract().asByteArray();
    }

    private static Properties load(byte[] file) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
        return properties;
    }
}
