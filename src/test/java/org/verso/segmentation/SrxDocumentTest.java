package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.segmentation.SrxFixtures.languageRule;
import static org.verso.segmentation.SrxFixtures.map;
import static org.verso.segmentation.SrxFixtures.rule;
import static org.verso.segmentation.SrxFixtures.srx;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading SRX files and applying their rules with SRX 2.0 semantics. */
class SrxDocumentTest {

    private static final String FULL_STOP_BREAKS = rule(true, "\\.", "\\s");

    private static SrxException rejected(String folder, String name) {
        return assertThrows(SrxException.class, () -> SrxDocument.parse(SrxFixtures.read(folder, name)));
    }

    @Test
    void languageRuleNamesAreListedInFileOrder() {
        SrxDocument rules = SrxDocument.parse(SrxFixtures.read("valid", "header-extension.srx"));
        assertEquals(List.of("English", "Default"), rules.languageRuleNames());
    }

    @Test
    void firstMatchingRuleDecides() {
        SrxDocument rules = SrxDocument.parse(srx("no",
                languageRule("Default", rule(false, "\\bM[rs]\\.", "\\s"), FULL_STOP_BREAKS), map(".*", "Default")));
        assertEquals(List.of("Mr. Li left.", "Ms. Wu stayed."), rules.compile("en").split("Mr. Li left. Ms. Wu stayed."));
    }

    @Test
    void withCascadeEveryMatchingMapContributesItsRulesInOrder() {
        SrxDocument rules = SrxDocument.parse(srx("yes",
                languageRule("English", rule(false, "\\bMr\\.", "\\s")) + languageRule("Default", FULL_STOP_BREAKS),
                map("en.*", "English") + map(".*", "Default")));
        assertEquals(List.of("English", "Default"), rules.languageRuleNamesFor("en-GB"));
        assertEquals(List.of("Mr. Li left."), rules.compile("en-GB").split("Mr. Li left."));
    }

    @Test
    void withoutCascadeOnlyTheFirstMatchingMapCounts() {
        SrxDocument rules = SrxDocument.parse(srx("no",
                languageRule("English", rule(false, "\\bMr\\.", "\\s")) + languageRule("Default", FULL_STOP_BREAKS),
                map("en.*", "English") + map(".*", "Default")));
        assertEquals(List.of("English"), rules.languageRuleNamesFor("en"));
        assertEquals(List.of("Default"), rules.languageRuleNamesFor("fr"));
    }

    @Test
    void languagePatternsMatchTheWholeTagIgnoringCase() {
        SrxDocument rules = SrxDocument.parse(srx("no", languageRule("Default", FULL_STOP_BREAKS), map("pt-br", "Default")));
        assertEquals(List.of("Default"), rules.languageRuleNamesFor("PT-BR"));
        assertEquals(List.of(), rules.languageRuleNamesFor("pt-BR-x-extra"));
    }

    @Test
    void languageWithoutMatchingMapGetsOneSegmentPerParagraph() {
        SrxDocument rules = SrxDocument.parse(srx("no", languageRule("English", FULL_STOP_BREAKS), map("en", "English")));
        assertEquals(List.of("One. Two."), rules.compile("de").split(" One.  Two. "));
    }

    @Test
    void languagesMappedToTheSameRulesShareOneSegmenter() {
        SrxDocument rules = SrxDocument.parse(SrxFixtures.read("valid", "header-extension.srx"));
        assertTrue(rules.compile("en-US") == rules.compile("en-GB"));
    }

    @Test
    void ruleWithoutAfterbreakMatchesWhateverFollows() {
        SrxDocument rules = SrxDocument.parse(srx("no", languageRule("Default", rule(true, ";", "")), map(".*", "Default")));
        assertEquals(List.of("a;", "b;", "c"), rules.compile("xx").split("a;b;c"));
    }

    @Test
    void openEndedQuantifiersInTheBeforebreakAreAccepted() {
        SrxDocument rules = SrxDocument.parse(srx("no",
                languageRule("Default", rule(false, "\\b[A-Z][a-z]*\\.", "\\s"), rule(true, "\\w+\\.", "\\s+")),
                map(".*", "Default")));
        assertEquals(List.of("Dr. Who came.", "he left."), rules.compile("en").split("Dr. Who came. he left."));
    }

    @Test
    void invalidRegularExpressionIsReportedWithItsLine() {
        SrxException error = rejected("semantic", "bad-regex.srx");
        assertEquals(8, error.line());
        assertTrue(error.getMessage().startsWith("Line 8: the regular expression in <beforebreak> is invalid: "),
                error.getMessage());
    }

    @Test
    void mapNamingAMissingLanguageRuleIsReported() {
        SrxException error = rejected("semantic", "unknown-languagerulename.srx");
        assertEquals(11, error.line());
        assertTrue(error.getMessage().contains("\"English\""), error.getMessage());
    }

    @Test
    void twoLanguageRulesWithOneNameAreReported() {
        assertTrue(rejected("semantic", "duplicate-languagerulename.srx").getMessage().contains("two <languagerule>s"));
    }

    @Test
    void invalidLanguagePatternIsReported() {
        assertTrue(rejected("semantic", "bad-languagepattern.srx").getMessage().contains("languagepattern"));
    }

    @Test
    void externalEntityIsRefusedWithoutReadingIt() {
        SrxException error = rejected("unsafe", "xxe.srx");
        assertTrue(error.getMessage().contains("must not declare a DOCTYPE"), error.getMessage());
        assertTrue(error.line() > 0);
    }

    @Test
    void entityExpansionIsRefused() {
        assertTrue(rejected("unsafe", "billion-laughs.srx").getMessage().contains("DOCTYPE"));
    }

    @Test
    void malformedXmlIsReportedWithItsLine() {
        SrxException error = rejected("unsafe", "not-well-formed.srx");
        assertEquals(7, error.line());
        assertTrue(error.getMessage().contains("not well-formed"), error.getMessage());
    }

    @Test
    void emptyInputIsReported() {
        assertThrows(SrxException.class, () -> SrxDocument.parse(new byte[0]));
    }

    @Test
    void elementOutOfOrderIsReportedWithItsLine() {
        SrxException error = rejected("invalid", "afterbreak-first.srx");
        assertEquals(9, error.line());
        assertTrue(error.getMessage().contains("<beforebreak> is not allowed here in <rule>"), error.getMessage());
    }

    @Test
    void missingRequiredAttributeIsReported() {
        assertTrue(rejected("invalid", "missing-cascade.srx").getMessage().contains("needs the attribute cascade"));
    }

    @Test
    void documentWithoutTheSrxNamespaceIsReported() {
        assertTrue(rejected("invalid", "no-namespace.srx").getMessage().contains("http://www.lisa.org/srx20"));
    }
}
