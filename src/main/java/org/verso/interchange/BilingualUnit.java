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
 */
public record BilingualUnit(String id, String source, String target, UnitState state, String subState,
                            boolean translatable, Integer baseVersion) {

    public BilingualUnit(String id, String source, String target, UnitState state, String subState,
                         boolean translatable) {
        this(id, source, target, state, subState, translatable, null);
    }

    /** The text a monolingual export prints: the translation, the source where it must stay or is missing. */
    public String output() {
        return !translatable || target == null ? source : target;
    }
}
