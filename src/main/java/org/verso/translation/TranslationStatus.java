package org.verso.translation;

import java.util.Arrays;
import java.util.Optional;
import org.verso.interchange.UnitState;

/**
 * The status lifecycle, in one place: NEW → DRAFT → TRANSLATED → APPROVED, REJECTED back to the translator,
 * FUZZY set only by the system (memory pre-fill, changed source). Who may set which status is decided here.
 */
public enum TranslationStatus {
    NEW(false, false, UnitState.INITIAL),
    DRAFT(true, false, UnitState.INITIAL),
    FUZZY(false, false, UnitState.INITIAL),
    TRANSLATED(true, true, UnitState.TRANSLATED),
    REJECTED(false, false, UnitState.TRANSLATED),
    APPROVED(false, true, UnitState.FINAL);

    private final boolean translatorMaySet;
    private final boolean needsText;
    private final UnitState unitState;

    TranslationStatus(boolean translatorMaySet, boolean needsText, UnitState unitState) {
        this.translatorMaySet = translatorMaySet;
        this.needsText = needsText;
        this.unitState = unitState;
    }

    /** Statuses a person can choose when saving; NEW and FUZZY are only ever set by Verso itself. */
    public boolean settableByPeople() {
        return this != NEW && this != FUZZY;
    }

    /** DRAFT and TRANSLATED are the translator's; APPROVED and REJECTED need a reviewer or an admin. */
    public boolean needsReviewer() {
        return settableByPeople() && !translatorMaySet;
    }

    /** A segment cannot be confirmed or approved without a translation. */
    /**
     * The status a text keeps when {@code actor} changes it by a revert or a replace: the same when they may set
     * it; an approved text becomes TRANSLATED for a translator; FUZZY, NEW or a rejection becomes DRAFT.
     */
    TranslationStatus keptBy(Actor actor) {
        if (settableByPeople() && (!needsReviewer() || actor.isReviewer())) {
            return this;
        }
        return this == APPROVED ? TRANSLATED : DRAFT;
    }

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
