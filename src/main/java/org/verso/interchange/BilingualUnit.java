package org.verso.interchange;

/**
 * One segment with its translation, as a writer sees it.
 *
 * @param id           stable identifier, unique in the document
 * @param source       source text
 * @param target       target text, or null when there is no usable translation yet
 * @param state        workflow state
 * @param subState     tool-specific finer state (Verso's own status name), never null
 * @param translatable false for segments exported unchanged
 * @param baseVersion  the version of Verso's translation the target was exported from, written into bilingual files
 *                     so an import can tell a newer edit in Verso from the file's; null when not known
 * @param raw          the exact source slice when it differs from {@code source} (a soft line break, two spaces inside
 *                     the sentence); null when the same. Printed instead of the source text wherever the output is
 *                     the source, so an untranslated export gives the file back ({@link SegmentLayout})
 * @param gap          the exact white space after the segment in the source (the last one's: the paragraph's trailing
 *                     white space); null when not known (documents imported before Verso kept it), then writers join
 *                     with the target language's sentence separator
 */
public record BilingualUnit(String id, String source, String target, UnitState state, String subState,
                            boolean translatable, Integer baseVersion, String raw, String gap) {

    public BilingualUnit(String id, String source, String target, UnitState state, String subState,
                         boolean translatable, Integer baseVersion) {
        this(id, source, target, state, subState, translatable, baseVersion, null, null);
    }

    public BilingualUnit(String id, String source, String target, UnitState state, String subState,
                         boolean translatable) {
        this(id, source, target, state, subState, translatable, null);
    }

    /** The text a monolingual export prints: the translation, the source where it must stay or is missing. */
    public String output() {
        return !translatable || target == null ? source : target;
    }

    /** The output, with the source's exact slice wherever the output is the source text. */
    public String exactOutput() {
        String output = output();
        return raw != null && output.equals(source) ? raw : output;
    }

    /** Whether the output is the source's own text (untranslated, skipped, or translated as itself). */
    public boolean outputIsSource() {
        return output().equals(source);
    }

    /** The same unit laid out in the source as {@code raw} and {@code gap} say. */
    public BilingualUnit laidOut(String raw, String gap) {
        return new BilingualUnit(id, source, target, state, subState, translatable, baseVersion, raw, gap);
    }
}
