package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.interchange.EntityServer;
import org.verso.interchange.StaxInput;

/**
 * Every XML upload endpoint over HTTP, with the attacks of the XXE family: a file entity, a remote entity, a remote
 * parameter entity, billion laughs. Each is a 400 naming the problem, no file is read, the local listener standing in
 * for the network sees no request, and no row is stored. A remote DTD in a plain DOCTYPE is not fetched either.
 */
@QuarkusTest
class HostileXmlUploadTest {

    private static final String SECRET = "the-secret-value-" + Api.letters(8);

    /** One upload endpoint with the root element and a valid body of its format, and the DOCTYPE's root name. */
    enum Endpoint {
        MEMORY_TMX("/api/memory/import", "memory.tmx", "tmx", "<tmx version=\"1.4\"><header creationtool=\"t\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\""
                + " datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"en\"><seg>%s</seg></tuv><tuv xml:lang=\"de\">"
                + "<seg>Hallo</seg></tuv></tu></body></tmx>"),
        GLOSSARY_TBX("/api/glossary/import", "terms.tbx", "martif", "<martif type=\"TBX\"><text><body><termEntry>"
                + "<langSet xml:lang=\"en\"><tig><term>%s</term></tig></langSet><langSet xml:lang=\"ru\"><tig>"
                + "<term>слово</term></tig></langSet></termEntry></body></text></martif>"),
        SRX_RULES("/api/segmentation-rules", "rules.srx", "srx", "<srx xmlns=\"http://www.lisa.org/srx20\""
                + " version=\"2.0\"><header segmentsubflows=\"yes\" cascade=\"no\"/><body><languagerules>"
                + "<languagerule languagerulename=\"x\"><rule break=\"yes\"><beforebreak>%s</beforebreak>"
                + "<afterbreak>\\s</afterbreak></rule></languagerule></languagerules><maprules><languagemap"
                + " languagepattern=\".*\" languagerulename=\"x\"/></maprules></body></srx>");

        final String path;
        final String fileName;
        final String root;
        final String body;

        Endpoint(String path, String fileName, String root, String body) {
            this.path = path;
            this.fileName = fileName;
            this.root = root;
            this.body = body;
        }

        byte[] file(String doctype, String text) {
            return ("<?xml version=\"1.0\"?>\n" + doctype + "\n" + String.format(body, text))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Inject
    AgroalDataSource database;

    private EntityServer listener;
    private Path secretFile;

    @BeforeEach
    void startListenerAndWriteSecret() throws IOException {
        listener = EntityServer.start();
        secretFile = Files.createTempFile("verso-secret", ".txt");
        Files.writeString(secretFile, SECRET);
    }

    @AfterEach
    void stopListener() throws IOException {
        listener.close();
        Files.deleteIfExists(secretFile);
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aFileEntityIsRefusedAndTheFileNeverRead(Endpoint endpoint) throws SQLException {
        refused(endpoint, "<!DOCTYPE " + endpoint.root + " [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>",
                "&xxe;");
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aRemoteEntityIsRefusedAndNeverFetched(Endpoint endpoint) throws SQLException {
        refused(endpoint, "<!DOCTYPE " + endpoint.root + " [<!ENTITY xxe SYSTEM \"" + listener.url("x") + "\">]>",
                "&xxe;");
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aRemoteParameterEntityIsRefusedAndNeverFetched(Endpoint endpoint) throws SQLException {
        refused(endpoint, "<!DOCTYPE " + endpoint.root + " [<!ENTITY % p SYSTEM \"" + listener.url("p.dtd")
                + "\"> %p;]>",
                "Hello");
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void billionLaughsIsRefused(Endpoint endpoint) throws SQLException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE " + endpoint.root + " [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        refused(endpoint, doctype.append("]>").toString(), "&l9;");
    }

    @Test
    void aTmxNamingARemoteDtdImportsWithoutFetchingIt() {
        String word = "qx" + Api.letters(10);
        upload(Endpoint.MEMORY_TMX, Endpoint.MEMORY_TMX.file(
                "<!DOCTYPE tmx SYSTEM \"" + listener.url("tmx14.dtd") + "\">",
                "Hello " + word)).then().statusCode(200);

        assertEquals(0, listener.requests());
    }

    @Test
    void aTmxWithTheStandardDoctypeImports() {
        String word = "qx" + Api.letters(10);
        upload(Endpoint.MEMORY_TMX, Endpoint.MEMORY_TMX.file("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", "Hi " + word))
                .then().statusCode(200);
    }

    @Test
    void theXmlParserInUseIsTheJdkOneNotAClassPathProvider() throws Exception {
        XMLStreamReader reader = StaxInput.open(new ByteArrayInputStream("<a/>".getBytes(StandardCharsets.UTF_8)),
                "TMX");
        String providerOnClassPath = XMLInputFactory.newFactory().getClass().getName();
        XMLStreamReader parser = ((StreamReaderDelegate) reader).getParent();

        assertTrue(parser.getClass().getName().startsWith("com.sun.org.apache.xerces.internal."),
                parser.getClass().getName() + " (the class path offers " + providerOnClassPath + ")");
    }

    private void refused(Endpoint endpoint, String doctype, String text) throws SQLException {
        List<Long> before = rowCounts();

        Response answer = upload(endpoint, endpoint.file(doctype, text));

        String detail = Api.assertProblem(answer, 400).getString("detail");
        assertTrue(detail.contains("entit") || detail.contains("DOCTYPE"), detail);
        assertFalse(answer.asString().contains(SECRET), answer.asString());
        assertEquals(0, listener.requests(), "the parser contacted the network");
        assertEquals(before, rowCounts(), "a refused file stored something");
    }

    private static Response upload(Endpoint endpoint, byte[] file) {
        var request = Api.asAdmin().multiPart("file", endpoint.fileName, file, "application/xml");
        if (endpoint == Endpoint.SRX_RULES) {
            request.multiPart("name", Api.unique("xxe").toLowerCase());
        } else if (endpoint == Endpoint.GLOSSARY_TBX) {
            request.multiPart("sourceLanguage", "en").multiPart("targetLanguage", "ru");
        }
        return request.post(endpoint.path);
    }

    private List<Long> rowCounts() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM memory_unit),"
                     + " (SELECT COUNT(*) FROM glossary_term), (SELECT COUNT(*) FROM segmentation_rules)")) {
            rows.next();
            return List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3));
        }
    }
}
