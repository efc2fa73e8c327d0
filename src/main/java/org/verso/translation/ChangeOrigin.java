package org.verso.translation;

/**
 * Where a change to a translation came from, kept with its revision. The origin decides who takes the step (a person
 * or Verso itself, see {@link StatusTransitions}) and whether the quality checks run before it is stored.
 */
public enum ChangeOrigin {
    /** A person's save, in the editor or through the API. */
    EDITOR(false, true, "saved"),
    /** A reviewer approved every translated segment without errors at once. */
    REVIEW(false, true, "approved with the others without errors"),
    /** A person brought an earlier revision back. */
    REVERT(false, true, "reverted"),
    /** A person's search and replace. */
    REPLACE(false, true, "replaced"),
    /** Pre-translation from a 101% memory match (same text, same neighbours). */
    MEMORY_CONTEXT(true, false, "pre-translated from memory (101%)"),
    /** Pre-translation from a 100% memory match. */
    MEMORY_EXACT(true, false, "pre-translated from memory (100%)"),
    /** Pre-translation by a machine translation engine. */
    MACHINE(true, false, "pre-translated by machine"),
    /** A bilingual file translated elsewhere, imported by a person. */
    XLIFF_IMPORT(false, true, "imported from XLIFF"),
    /** The source sentence changed in a new version of the article. */
    SOURCE_CHANGE(true, false, "source changed"),
    /** The segment was split in two. */
    SPLIT(true, false, "split"),
    /** The segment was joined with the next one. */
    JOIN(true, false, "joined");

    private final boolean system;
    private final boolean checked;
    private final String label;

    ChangeOrigin(boolean system, boolean checked, String label) {
        this.system = system;
        this.checked = checked;
        this.label = label;
    }

    /** Verso's own step (a fill or a follow-up), not a person's choice of status: the table's SYSTEM row. */
    public boolean system() {
        return system;
    }

    /** Whether the quality checks run on the new text: a person's change is checked, a fill or a follow-up is not. */
    public boolean checked() {
        return checked;
    }

    /** How the history and the live notes say it: "replaced", "pre-translated by machine". */
    public String label() {
        return label;
    }
}
