package org.verso.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** XLIFF 1.2 makes target-language optional; a file without it still makes a document (issue 21). */
@QuarkusTest
class XliffWithoutTargetLanguageTest {

    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="port.txt" source-language="en" datatype="plaintext">
                <body>
                  <trans-unit id="1"><source>The port reopened.</source></trans-unit>
                  <trans-unit id="2"><source>Ships left at dawn.</source></trans-unit>
                </body>
              </file>
            </xliff>
            """;

    @Test
    void anXliff12FileWithoutTargetLanguageBecomesADocument() {
        long id = Api.postDocument(Map.of("title", Api.unique("Port"), "format", "xliff", "content", XLIFF))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(List.of("The port reopened.", "Ships left at dawn."),
                Api.segments(id).stream().map(s -> s.get("source")).toList());
    }
}
