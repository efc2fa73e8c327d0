package org.verso.translation;

import static org.verso.translation.Stepper.ADMIN;
import static org.verso.translation.Stepper.REVIEWER;
import static org.verso.translation.Stepper.SYSTEM;
import static org.verso.translation.Stepper.TRANSLATOR;
import static org.verso.translation.TranslationStatus.APPROVED;
import static org.verso.translation.TranslationStatus.DRAFT;
import static org.verso.translation.TranslationStatus.FUZZY;
import static org.verso.translation.TranslationStatus.NEW;
import static org.verso.translation.TranslationStatus.REJECTED;
import static org.verso.translation.TranslationStatus.TRANSLATED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The status lifecycle as one from → to table with who may take each step; nothing else decides it. A person works
 * NEW → DRAFT → TRANSLATED, a reviewer approves or rejects; an APPROVED segment is locked for translators (only a
 * reviewer or an admin reopens it); FUZZY and NEW are set only by Verso itself (a memory or machine fill of an
 * untouched segment, a changed source, a split or a join).
 */
public final class StatusTransitions {

    /** One row: from any of {@code from} to {@code to}, by any of {@code by}. */
    public record Step(Set<TranslationStatus> from, TranslationStatus to, Set<Stepper> by) {
    }

    private static final Set<TranslationStatus> OPEN = EnumSet.of(NEW, DRAFT, FUZZY, TRANSLATED, REJECTED);
    private static final Set<TranslationStatus> WITH_WORK = EnumSet.of(DRAFT, FUZZY, TRANSLATED, REJECTED, APPROVED);
    private static final Set<Stepper> PEOPLE = EnumSet.of(TRANSLATOR, REVIEWER, ADMIN);
    private static final Set<Stepper> REVIEWERS = EnumSet.of(REVIEWER, ADMIN);

    /** The whole table, in the order the documentation shows it. */
    public static final List<Step> TABLE = List.of(
            new Step(OPEN, DRAFT, PEOPLE),
            new Step(OPEN, TRANSLATED, PEOPLE),
            new Step(EnumSet.of(APPROVED), DRAFT, REVIEWERS),
            new Step(EnumSet.of(APPROVED), TRANSLATED, REVIEWERS),
            new Step(EnumSet.allOf(TranslationStatus.class), APPROVED, REVIEWERS),
            new Step(WITH_WORK, REJECTED, REVIEWERS),
            new Step(EnumSet.of(NEW), DRAFT, EnumSet.of(SYSTEM)),
            new Step(EnumSet.of(NEW), FUZZY, EnumSet.of(SYSTEM)),
            new Step(EnumSet.of(NEW), TRANSLATED, EnumSet.of(SYSTEM)),
            new Step(WITH_WORK, FUZZY, EnumSet.of(SYSTEM)),
            new Step(EnumSet.allOf(TranslationStatus.class), NEW, EnumSet.of(SYSTEM)));

    private StatusTransitions() {
    }

    public static boolean allows(TranslationStatus from, TranslationStatus to, Stepper by) {
        return TABLE.stream().anyMatch(s -> s.from().contains(from) && s.to() == to && s.by().contains(by));
    }

    /** Whether {@code by} may take some step into {@code to} from somewhere: a translator never reaches APPROVED. */
    public static boolean reachable(TranslationStatus to, Stepper by) {
        return TABLE.stream().anyMatch(s -> s.to() == to && s.by().contains(by));
    }

    /** Whether {@code by} may change a segment that is {@code from} at all: false for a translator on APPROVED. */
    public static boolean mayLeave(TranslationStatus from, Stepper by) {
        return TABLE.stream().anyMatch(s -> s.from().contains(from) && s.by().contains(by));
    }
}
