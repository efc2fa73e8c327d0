package org.verso.interchange.tbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.InterchangeException;

class TbxReaderTest {

    @Test
    void aTbxV3FileIsRecognisedByItsNamespacedRoot() {
        assertEquals(TbxVersion.V3, TbxRead.resource("news-v3.tbx", "en", "ru").version());
    }

    @Test
    void aTbx2008FileIsRecognisedByItsMartifRoot() {
        assertEquals(TbxVersion.V2, TbxRead.resource("news-v2.tbx", "en", "ru").version());
    }

    @Test
    void everySourceTermIsPairedWithEveryTargetTermOfTheConcept() {
        TbxRead read = TbxRead.resource("news-v3.tbx", "en", "ru");

        assertEquals(List.of("ceasefire = прекращение огня", "ceasefire = перемирие", "truce = прекращение огня",
                "truce = перемирие", "troops = войска"), read.pairs());
    }

    @Test
    void anEntryCarriesPartOfSpeechTargetStatusDefinitionAndNotes() {
        GlossaryEntry entry = TbxRead.resource("news-v3.tbx", "en", "ru").entries().get(1);

        assertEquals(new GlossaryEntry(11, "en", "ru", "ceasefire", "перемирие", "noun",
                "An agreed pause in fighting.\nПеремирие is a formal armistice, stronger than a ceasefire.",
                GlossaryEntry.FORBIDDEN, false), entry);
    }

    @Test
    void administrativeStatusesBecomePreferredAdmittedOrForbidden() {
        assertEquals(GlossaryEntry.PREFERRED, TbxRead.resource("news-v3.tbx", "en", "fa").entries().get(0).status());
        assertEquals(GlossaryEntry.FORBIDDEN, TbxRead.resource("news-v3.tbx", "en", "tg").entries().get(0).status());
        assertEquals(GlossaryEntry.ADMITTED, TbxRead.resource("news-v3.tbx", "ru", "en").entries().get(1).status());
    }

    @Test
    void aTermWithoutStatusHasNone() {
        assertNull(TbxRead.resource("news-v3.tbx", "en", "ru").entries().get(4).status());
    }

    @Test
    void aConceptLevelNoteReachesEveryEntryOfTheConcept() {
        assertEquals("Plural in both languages.",
                TbxRead.resource("news-v3.tbx", "en", "tg").entries().get(2).note());
    }

    @Test
    void aRegionalSourceTermServesTheGlossaryOfItsLanguage() {
        GlossaryEntry troops = TbxRead.resource("news-v3.tbx", "en", "tg").entries().get(2);

        assertEquals("troops = қӯшунҳо", troops.sourceTerm() + " = " + troops.targetTerm());
        assertEquals("en", troops.sourceLanguage());
    }

    @Test
    void languagesMatchByTagOrPrimarySubtagButNotAcrossRegions() {
        assertTrue(TbxConcept.sameLanguage("EN_us", "en-US"));
        assertTrue(TbxConcept.sameLanguage("en-US", "en"));
        assertTrue(TbxConcept.sameLanguage("pt", "pt-BR"));
        assertFalse(TbxConcept.sameLanguage("pt-PT", "pt-BR"));
        assertFalse(TbxConcept.sameLanguage("tg", "tr"));
    }

    @Test
    void aConceptWithoutATargetTermIsSkippedWithItsLine() {
        TbxRead read = TbxRead.resource("news-v3.tbx", "en", "fa");

        assertEquals(List.of("ceasefire = آتش‌بس", "truce = آتش‌بس", "prime minister = نخست‌وزیر"), read.pairs());
        assertTrue(read.problems().contains(new GlossaryProblem(50, "Concept \"troops\" has no term in fa")),
                read.problems().toString());
    }

    @Test
    void aConceptLeftWithoutATermByAnEmptyOneIsSkippedOnceWithTheEmptyTermsLine() {
        TbxRead read = TbxRead.resource("news-v3.tbx", "en", "ru");

        // Counted once: the import's "skipped" counted such a concept twice (750 skipped from 574 terms).
        assertEquals(List.of(new GlossaryProblem(69, "Concept \"prime-minister\" has no term in ru"),
                new GlossaryProblem(88, "Concept \"empty-russian\": its ru term is empty")), read.problems());
    }

    @Test
    void anEmptySynonymBesideARealTermIsReportedAndTheConceptStillImported() {
        String concept = TbxRead.concept("en", "troops", "ru", "войска").replace("войска</term></termSec>",
                "войска</term></termSec><termSec><term></term></termSec>");
        TbxRead read = TbxRead.of(TbxRead.v3(concept), "en", "ru");

        assertEquals(1, read.entries().size(), read.problems().toString());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).reason().contains("a ru term is empty"), read.problems().toString());
    }

    @Test
    void aConceptWithoutASourceTermIsSkipped() {
        TbxRead read = TbxRead.of(TbxRead.v3(TbxRead.concept("ru", "войска", "tg", "қӯшунҳо")), "en", "ru");

        assertEquals(List.of(), read.entries());
        assertEquals(List.of(new GlossaryProblem(3, "Concept \"c\" has no term in en")), read.problems());
    }

    @Test
    void aLanguageSectionWithoutLanguageIsSkipped() {
        TbxRead read = TbxRead.of(TbxRead.v3("<conceptEntry id=\"c\"><langSec><termSec><term>war</term>"
                + "</termSec></langSec></conceptEntry>"), "en", "ru");

        assertEquals(new GlossaryProblem(3, "Concept \"c\": <langSec> has no xml:lang, so its terms are skipped"),
                read.problems().get(0));
    }

    @Test
    void tbx2008TigAndNtigTermsAreRead() {
        TbxRead read = TbxRead.resource("news-v2.tbx", "en", "ru");

        assertEquals(List.of(new GlossaryEntry(10, "en", "ru", "press release", "пресс-релиз", "noun",
                "A public statement by a government office.", GlossaryEntry.PREFERRED, false)), read.entries());
    }

    @Test
    void tbx2008ReportsConceptsMissingTheTargetLanguage() {
        TbxRead read = TbxRead.resource("news-v2.tbx", "en", "fa");

        assertEquals(List.of("spokesperson = سخنگو"), read.pairs());
        assertEquals(List.of(new GlossaryProblem(10, "Concept \"te1\" has no term in fa")), read.problems());
    }

    @Test
    void theDctStyleNamesItsDataCategoriesAsElements() {
        String concept = "<conceptEntry id=\"c\"><langSec xml:lang=\"en\"><termSec><term>strike</term>"
                + "<min:partOfSpeech xmlns:min=\"http://www.tbxinfo.net/ns/min\">verb</min:partOfSpeech>"
                + "</termSec></langSec><langSec xml:lang=\"ru\"><termSec><term>бастовать</term>"
                + "<basic:administrativeStatus xmlns:basic=\"http://www.tbxinfo.net/ns/basic\">admittedTerm-admn-sts"
                + "</basic:administrativeStatus></termSec></langSec></conceptEntry>";

        GlossaryEntry entry = TbxRead.of(TbxRead.v3(concept), "en", "ru").entries().get(0);

        assertEquals("verb", entry.partOfSpeech());
        assertEquals(GlossaryEntry.ADMITTED, entry.status());
    }

    @Test
    void inlineMarkupInATermKeepsItsText() {
        TbxRead read = TbxRead.of(TbxRead.v3(TbxRead.concept("en", "<hi type=\"italics\">coup</hi> attempt",
                "ru", "попытка переворота")), "en", "ru");

        assertEquals(List.of("coup attempt = попытка переворота"), read.pairs());
    }

    @Test
    void anotherXmlRootIsRefusedNamingIt() {
        byte[] xliff = "<?xml version=\"1.0\"?>\n<xliff version=\"2.1\"/>".getBytes(StandardCharsets.UTF_8);

        InterchangeException e = assertThrows(InterchangeException.class, () -> TbxRead.of(xliff, "en", "ru"));

        assertTrue(e.getMessage().startsWith("The file is not TBX: its root element on line 2 is <xliff>."),
                e.getMessage());
    }

    @Test
    void aTbxRootWithoutNamespaceIsRefusedNotACrash() {
        byte[] file = "<tbx type=\"TBX\"/>".getBytes(StandardCharsets.UTF_8);

        InterchangeException e = assertThrows(InterchangeException.class, () -> TbxRead.of(file, "en", "ru"));

        assertTrue(e.getMessage().contains("<tbx> in namespace \"null\""), e.getMessage());
    }

    @Test
    void aTbxRootOutsideTheTbxNamespaceIsRefused() {
        byte[] file = "<tbx xmlns=\"urn:example\"/>".getBytes(StandardCharsets.UTF_8);

        InterchangeException e = assertThrows(InterchangeException.class, () -> TbxRead.of(file, "en", "ru"));

        assertTrue(e.getMessage().contains("<tbx> in namespace \"urn:example\""), e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefusedAfterDeliveringTheConceptsBeforeTheCut() {
        byte[] whole = TbxRead.v3(TbxRead.concept("en", "war", "ru", "война") + "\n"
                + TbxRead.concept("en", "peace", "ru", "мир"));
        byte[] cut = Arrays.copyOf(whole, whole.length - 40);
        List<GlossaryEntry> delivered = new java.util.ArrayList<>();

        InterchangeException e = assertThrows(InterchangeException.class, () -> TbxReader.read(
                new java.io.ByteArrayInputStream(cut), "en", "ru", delivered::add, p -> { }));

        assertTrue(e.getMessage().startsWith("The TBX file is not well-formed XML at line 4"), e.getMessage());
        assertEquals(1, delivered.size());
    }

    @Test
    void mismatchedTagsAreRefusedWithTheirLine() {
        byte[] file = TbxRead.v3("<conceptEntry id=\"c\">\n<langSec xml:lang=\"en\"></termSec>\n</conceptEntry>");

        InterchangeException e = assertThrows(InterchangeException.class, () -> TbxRead.of(file, "en", "ru"));

        assertTrue(e.getMessage().startsWith("The TBX file is not well-formed XML at line 4"), e.getMessage());
    }

    @Test
    void theLanguagesToReadAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> TbxRead.of(TbxRead.v3(""), "en", " "));
    }
}
