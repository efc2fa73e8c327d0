package org.verso.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline codes and placeholders leave as tags and come back as they were, wherever the engine moved them. */
class MarkupProtectionTest {

    @Test
    void codesAndPlaceholdersBecomeTags() {
        MarkupProtection.Protected p = MarkupProtection.protect("The <1>red</1> house<2/> costs {0} for %s, {{name}}");

        assertEquals("The <g id=\"1\">red</g> house<x id=\"1\"/> costs <x id=\"2\"/> for <x id=\"3\"/>, <x id=\"4\"/>",
                p.markup());
        assertEquals(List.of("<2/>", "{0}", "%s", "{{name}}"), p.placeholders());
    }

    @Test
    void restoringUnchangedMarkupGivesTheTextBack() {
        String text = "Tom & Jerry <1>say</1> \"hi\" <2/> to {user} at 5 < 6 > 4, ${HOME} and %1$s";
        MarkupProtection.Protected p = MarkupProtection.protect(text);

        assertEquals(text, MarkupProtection.restore(p.markup(), p.placeholders()));
    }

    @Test
    void restoreFollowsTheEnginesOrderAndNesting() {
        MarkupProtection.Protected p = MarkupProtection.protect("The <1>red <2>big</2></1> house {0}");

        String moved = "<x id=\"1\"/> La casa <g id=\"1\">grande <g id=\"2\">roja</g></g>";

        assertEquals("{0} La casa <1>grande <2>roja</2></1>", MarkupProtection.restore(moved, p.placeholders()));
    }

    @Test
    void plainTextIsOnlyEscaped() {
        MarkupProtection.Protected p = MarkupProtection.protect("Salt & pepper <b>");

        assertEquals("Salt &amp; pepper &lt;b&gt;", p.markup());
        assertEquals(List.of(), p.placeholders());
    }

    @Test
    void enginesRewritingEmptyTagsAndEntitiesAreUnderstood() {
        String answer = "Sal &amp; pimienta <x id=\"1\"></x> &quot;ya&quot; &#233;l &#xE9; &apos;x&apos;";

        assertEquals("Sal & pimienta {0} \"ya\" él é 'x'", MarkupProtection.restore(answer, List.of("{0}")));
    }

    @Test
    void tagsTheEngineInventedOrBrokeAreDropped() {
        assertEquals("a  b c", MarkupProtection.restore("a <x id=\"9\"/> b</g> c", List.of()));
    }
}
