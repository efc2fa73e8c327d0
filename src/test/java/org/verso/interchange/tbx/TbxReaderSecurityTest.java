package org.verso.interchange.tbx;

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


/** An uploaded termbase is untrusted: a DOCTYPE is tolerated, but nothing it names is loaded or expanded. */
class TbxReaderSecurityTest {

    private static final String REFUSED = "The TBX file declares entities in its DOCTYPE (line 2).";

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
    void aTbx2008DoctypeNamingARemoteDtdIsReadWithoutFetchingIt() {
        TbxRead read = TbxRead.of(
                martif("<!DOCTYPE martif SYSTEM \"" + server.url("TBXcoreStructV02.dtd") + "\">", "war"),
                "en", "ru");

        assertEquals("war", read.entries().get(0).sourceTerm());
        assertEquals(0, server.requests());
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE martif [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }

        assertRefused(martif(doctype.append("]>").toString(), "&lol9;"));
    }

    @Test
    void anExternalFileEntityIsRefusedAndTheFileNeverRead(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the-secret-value");

        InterchangeException e = assertRefused(
                martif("<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;"));

        assertFalse(e.getMessage().contains("the-secret-value"));
    }

    @Test
    void anEntityNamingEtcPasswdIsRefused() {
        assertRefused(martif("<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"));
    }

    @Test
    void aRemoteParameterEntityIsRefusedAndNeverFetched() {
        assertRefused(martif("<!DOCTYPE martif [<!ENTITY % remote SYSTEM \"" + server.url("p.dtd") + "\"> %remote;]>",
                "war"));

        assertEquals(0, server.requests());
    }

    @Test
    void anEntityInATbxV3FileIsRefusedToo() {
        byte[] file = ("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"" + server.url("x") + "\">]>\n"
                + "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>" + TbxRead.concept("en", "&xxe;", "ru", "x")
                + "</body></text></tbx>").getBytes(StandardCharsets.UTF_8);

        assertRefused(file);
        assertEquals(0, server.requests());
    }

    @Test
    void aControlCharacterInTheDoctypeIsNotWellFormedRatherThanACrash() {
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> TbxRead.of(martif("<!DOCTYPE martif [\u0001]>", "war"), "en", "ru"));

        assertTrue(e.getMessage().startsWith("The TBX file is not well-formed XML"), e.getMessage());
    }

    @Test
    void anUndeclaredEntityIsNotWellFormedAndNamesItsLine() {
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> TbxRead.of(TbxRead.v3(TbxRead.concept("en", "A&nbsp;B", "ru", "А Б")), "en", "ru"));

        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("nbsp"), e.getMessage());
    }

    private static InterchangeException assertRefused(byte[] file) {
        InterchangeException e = assertThrows(InterchangeException.class, () -> TbxRead.of(file, "en", "ru"));
        assertTrue(e.getMessage().startsWith(REFUSED), e.getMessage());
        return e;
    }

    /** A one-concept TBX 2008 file with {@code doctype} on line 2 and {@code english} as the English term. */
    private static byte[] martif(String doctype, String english) {
        return ("<?xml version=\"1.0\"?>\n" + doctype + "\n<martif type=\"TBX\"><text><body><termEntry>"
                + "<langSet xml:lang=\"en\"><tig><term>" + english + "</term></tig></langSet>"
                + "<langSet xml:lang=\"ru\"><tig><term>война</term></tig></langSet>"
                + "</termEntry></body></text></martif>").getBytes(StandardCharsets.UTF_8);
    }
}
