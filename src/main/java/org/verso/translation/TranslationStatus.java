package org.verso.translation;

import java.util.Arrays;
import java.util.Optional;
import org.verso.interchange.UnitState;
import org.verso.account.Actor;

/**
 * The statuses of a translation: NEW → DRAFT → TRANSLATED → APPROVED, REJECTED back to the translator, FUZZY set
 * only by Verso (a memory or machine fill, a changed source). Which step is allowed, and to whom, is
 * {@link StatusTransitions}'s table.
 */
public enum TranslationStatus {
    NEW(false, UnitState.INITIAL),
    DRAFT(false, UnitState.INITIAL),
    FUZZY(false, UnitState.INITIAL),
    TRANSLATED(true, UnitState.TRANSLATED),
    REJECTED(false, UnitState.TRANSLATED),
    APPROVED(true, UnitState.FINAL);

    private final boolean needsText;
    private final UnitState unitState;

    TranslationStatus(boolean needsText, UnitState unitState) {
        this.needsText = needsText;
        this.unitState = unitState;
    }

    /**
     * The status a text keeps when {@code actor} changes it by a revert or a replace: the same when the status table
     * lets them reach it; an approved text becomes TRANSLATED for a translator; FUZZY, NEW or a rejection DRAFT.
     */
    public TranslationStatus keptBy(Actor actor) {
        if (StatusTransitions.reachable(this, Stepper.of(actor))) {
            return this;
        }
        return this == APPROVED ? TRANSLATED : DRAFT;
    }

    /** A segment cannot be confirmed or approved without a translation. */
    public boolean needsText() {
        return needsText;
    }

    public UnitState unitState() {
        return unitState;
    }

    /** The progress bucket: approved, translated, draft (draft, fuzzy, rejected) or untranslated. */
    public String bucket() {
        return switch (this) {
            case APPROVED -> "approved";
            case TRANSLATED -> "translated";
            case NEW -> "untranslated";
            default -> "draft";
        };
    }

    public static Optional<TranslationStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
