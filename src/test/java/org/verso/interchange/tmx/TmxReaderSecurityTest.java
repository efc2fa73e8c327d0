package org.verso.interchange.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verso.interchange.EntityServer;
import org.verso.interchange.InterchangeException;


/** Uploaded TMX is untrusted: a DOCTYPE is tolerated, but nothing it names is ever loaded or expanded. */
class TmxReaderSecurityTest {

    private static final String REFUSED = "The TMX file declares entities in its DOCTYPE (line 2).";

    private EntityServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = EntityServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aDoctypeNamingARemoteDtdIsReadWithoutFetchingIt() {
        byte[] file = withDoctype("<!DOCTYPE tmx SYSTEM \"" + server.url("tmx14.dtd") + "\">", "Hello");

        TmxRead read = TmxRead.of(file);

        assertEquals("Hello", read.units().get(0).text("en"));
        assertEquals(0, server.requests());
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE tmx [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        byte[] file = withDoctype(doctype.append("]>").toString(), "&lol9;");

        assertRefused(file);
    }

    @Test
    void anExternalFileEntityIsRefusedAndTheFileNeverRead(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the-secret-value");
        byte[] file = withDoctype("<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");

        InterchangeException e = assertRefused(file);

        assertFalse(e.getMessage().contains("the-secret-value"));
    }

    @Test
    void anEntityNamingEtcPasswdIsRefused() {
        assertRefused(withDoctype("<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"));
    }

    @Test
    void aRemoteEntityIsRefusedAndNeverFetched() {
        assertRefused(withDoctype("<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + server.url("x") + "\">]>", "&xxe;"));

        assertEquals(0, server.requests());
    }

    @Test
    void aRemoteParameterEntityIsRefusedAndNeverFetched() {
        assertRefused(withDoctype(
                "<!DOCTYPE tmx [<!ENTITY % remote SYSTEM \"" + server.url("p.dtd") + "\"> %remote;]>",
                "Hello"));

        assertEquals(0, server.requests());
    }

    @Test
    void aControlCharacterInTheDoctypeIsNotWellFormedRatherThanACrash() {
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> TmxRead.of(withDoctype("<!DOCTYPE tmx [\u0001]>", "Hello")));

        assertTrue(e.getMessage().startsWith("The TMX file is not well-formed XML"), e.getMessage());
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() {
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> TmxRead.of(TmxRead.withBody(TmxRead.unit("en", "A&nbsp;B", "de", "A B"))));

        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("nbsp"), e.getMessage());
    }

    private static InterchangeException assertRefused(byte[] file) {
        InterchangeException e = assertThrows(InterchangeException.class, () -> TmxRead.of(file));
        assertTrue(e.getMessage().startsWith(REFUSED), e.getMessage());
        return e;
    }

    /** A one-unit file with {@code doctype} on line 2 and {@code english} as the English text. */
    private static byte[] withDoctype(String doctype, String english) {
        return ("<?xml version=\"1.0\"?>\n" + doctype + "\n<tmx version=\"1.4\">" + TmxRead.HEADER + "<body>"
                + TmxRead.unit("en", english, "de", "Hallo") + "</body></tmx>").getBytes(StandardCharsets.UTF_8);
    }
}
