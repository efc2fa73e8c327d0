package org.verso.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.machine.engine.ApertiumProvider;
import org.verso.machine.engine.DeeplProvider;
import org.verso.machine.engine.EngineHttp;
import org.verso.machine.engine.LanguagePair;
import org.verso.machine.engine.LibreTranslateProvider;
import org.verso.machine.engine.MtUnavailableException;

/** The Apertium, LibreTranslate and DeepL clients send exactly the requests those APIs document, against local stubs. */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class HttpEnginesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** An APy stand-in that answers every translation with the same text. */
    private static EngineStub apertium(String translated) {
        return new EngineStub(java.util.Map.of("/translate", r -> "{\"responseData\": {\"translatedText\": \""
                + translated.replace("/", "\\/") + "\"}, \"responseDetails\": null, \"responseStatus\": 200}"));
    }

    @Test
    void libreTranslateSendsAllTextsInOneJsonRequestWithTheKey() {
        try (EngineStub stub = StubEngines.libreTranslate()) {
            LibreTranslateProvider libre = new LibreTranslateProvider(new EngineHttp("LibreTranslate", stub.url(),
                    TIMEOUT), StubEngines.LIBRE_KEY);

            List<String> out = libre.translate(new LanguagePair("en", "de"), List.of("One &amp; two", "<x id=\"1\"/>"));

            assertEquals(List.of("[de] One &amp; two", "[de] <x id=\"1\"/>"), out);
            EngineStub.Request sent = stub.requests().peek();
            assertEquals("POST", sent.method());
            assertEquals("/translate", sent.path());
            assertEquals("application/json", sent.contentType());
            assertEquals("{\"q\":[\"One &amp; two\",\"<x id=\\\"1\\\"/>\"],\"source\":\"en\",\"target\":\"de\","
                    + "\"format\":\"html\",\"api_key\":\"libre-test-key\"}", sent.body());
        }
    }

    @Test
    void apertiumSendsABatchAsOneTextOfBlocksInIso639Codes() {
        try (EngineStub stub = apertium("<p>uno</p><p>dos</p>")) {
            ApertiumProvider apertium = new ApertiumProvider(new EngineHttp("Apertium", stub.url(), TIMEOUT));

            List<String> out = apertium.translate(new LanguagePair("en", "es"), List.of("one", "two"));

            assertEquals(List.of("uno", "dos"), out);
            EngineStub.Request sent = stub.requests().peek();
            assertEquals("POST /translate", sent.method() + " " + sent.path());
            assertEquals("application/x-www-form-urlencoded", sent.contentType());
            assertEquals("langpair=eng%7Cspa&format=html&markUnknown=no&q=%3Cp%3Eone%3C%2Fp%3E%3Cp%3Etwo%3C%2Fp%3E",
                    sent.body());
        }
    }

    @Test
    void apertiumSendsEachTextAloneWhenTheBlocksDoNotComeBack() {
        try (EngineStub stub = apertium("uno dos")) {
            ApertiumProvider apertium = new ApertiumProvider(new EngineHttp("Apertium", stub.url(), TIMEOUT));

            List<String> out = apertium.translate(new LanguagePair("en", "es"), List.of("one", "two"));

            assertEquals(List.of("uno dos", "uno dos"), out);
            assertEquals(List.of("q=%3Cp%3Eone%3C%2Fp%3E%3Cp%3Etwo%3C%2Fp%3E", "q=one", "q=two"),
                    stub.requests().stream().map(r -> r.body().substring(r.body().indexOf("q="))).toList());
        }
    }

    @Test
    void libreTranslatePairsComeFromItsLanguageListWithoutSelfPairs() {
        try (EngineStub stub = StubEngines.libreTranslate()) {
            LibreTranslateProvider libre = new LibreTranslateProvider(new EngineHttp("LibreTranslate", stub.url(),
                    TIMEOUT), null);

            assertEquals(List.of(new LanguagePair("en", "de"), new LanguagePair("de", "en")), libre.pairs());
            assertEquals("GET /languages", stub.requests().peek().method() + " " + stub.requests().peek().path());
        }
    }

    @Test
    void deeplSendsTheKeyHeaderUpperCaseLanguagesAndXmlTagHandling() {
        try (EngineStub stub = StubEngines.deepl()) {
            DeeplProvider deepl = new DeeplProvider(new EngineHttp("DeepL", stub.url(), TIMEOUT),
                    StubEngines.DEEPL_KEY);

            List<String> out = deepl.translate(new LanguagePair("en", "fr"), List.of("Hello", "Good <g id=\"1\">day</g>"));

            assertEquals(List.of("[fr] Hello", "[fr] Good <g id=\"1\">day</g>"), out);
            EngineStub.Request sent = stub.requests().peek();
            assertEquals("POST /v2/translate", sent.method() + " " + sent.path());
            assertEquals("DeepL-Auth-Key deepl-test-key", sent.authorization());
            assertEquals("{\"text\":[\"Hello\",\"Good <g id=\\\"1\\\">day</g>\"],\"source_lang\":\"EN\","
                    + "\"target_lang\":\"FR\",\"tag_handling\":\"xml\"}", sent.body());
        }
    }

    @Test
    void deeplPairsCrossSourcesWithTargetsOfAnotherLanguage() {
        try (EngineStub stub = StubEngines.deepl()) {
            DeeplProvider deepl = new DeeplProvider(new EngineHttp("DeepL", stub.url(), TIMEOUT),
                    StubEngines.DEEPL_KEY);

            assertEquals(List.of(new LanguagePair("en", "fr")), deepl.pairs());
            assertEquals(List.of("GET /v2/languages?type=source", "GET /v2/languages?type=target"),
                    stub.requests().stream().map(r -> r.method() + " " + r.path()).toList());
            assertEquals("DeepL-Auth-Key deepl-test-key", stub.requests().peek().authorization());
        }
    }

    @Test
    void aStoppedEngineIsUnavailableNotAnError() {
        EngineStub stub = StubEngines.deepl();
        String url = stub.url();
        stub.close();
        DeeplProvider deepl = new DeeplProvider(new EngineHttp("DeepL", url, TIMEOUT), StubEngines.DEEPL_KEY);

        MtUnavailableException e = assertThrows(MtUnavailableException.class, deepl::pairs);

        assertEquals("DeepL cannot be reached", e.getMessage());
    }

    @Test
    void anEngineThatDoesNotAnswerInTimeIsUnavailable() {
        try (EngineStub stub = new EngineStub(java.util.Map.of("/v2/languages", r -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "[]";
        }))) {
            DeeplProvider deepl = new DeeplProvider(new EngineHttp("DeepL", stub.url(), Duration.ofMillis(200)),
                    StubEngines.DEEPL_KEY);

            MtUnavailableException e = assertThrows(MtUnavailableException.class, deepl::pairs);

            assertEquals("DeepL timed out", e.getMessage());
        }
    }

    @Test
    void anErrorStatusIsUnavailable() {
        try (EngineStub stub = new EngineStub(java.util.Map.of())) {
            LibreTranslateProvider libre = new LibreTranslateProvider(new EngineHttp("LibreTranslate", stub.url(),
                    TIMEOUT), null);

            MtUnavailableException e = assertThrows(MtUnavailableException.class, libre::pairs);

            assertEquals("LibreTranslate answered HTTP 404", e.getMessage());
        }
    }
}
