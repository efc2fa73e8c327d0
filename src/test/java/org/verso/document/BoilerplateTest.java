package org.verso.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paragraphs the importer proposes to skip and leave out: page furniture, never a sentence of the story. */
class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"Accessibility links", "Breaking News", "Skip to content", "Skip to main content", "Share",
            "SHARE", "  Share  ", "Share:", "Print", "Share this article", "Advertisement", "Related Topics",
            "Related Topics ›", "More on this story", "Read more »",
            "We use cookies to give you the best experience on our website. By continuing you agree to our policy.",
            "This website uses cookies."})
    void pageFurnitureIsBoilerplate(String paragraph) {
        assertTrue(Boilerplate.is(paragraph), paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share prices fell at the fishing cooperative after the vote.",
            "Why Print Still Matters to a Harbour Town", "Print edition sales rose for the first time in years.",
            "Breaking News: the pier is open again", "Breaking news from the harbour now reaches readers online.",
            "Advertisement revenue doubled.", "Related topics came up at the council meeting.",
            "More on this story later tonight, the editor promised.", "Accessibility", "Share and share alike",
            "The bakery says we use cookies from the old recipe in every box.", "", "   "})
    void aSentenceThatOnlyContainsSuchWordsIsNot(String paragraph) {
        assertFalse(Boilerplate.is(paragraph), paragraph);
    }

    @Test
    void aHostileParagraphIsAnsweredAtOnce() {
        String nested = "> ".repeat(35_000) + "x";

        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(1), () -> Boilerplate.is(nested)));
    }

    @Test
    void aLongParagraphThatOpensLikeACookieNoticeIsArticleText() {
        String longer = "We use cookies " + "in the bakery story, which goes on and on ".repeat(10) + "until the end.";

        assertFalse(Boilerplate.is(longer));
    }
}
