package org.verso.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The registry of checks, in the order a translator reads their findings, and the runner over one pair. */
public final class QaChecks {

    private static final EmptyTargetCheck EMPTY_TARGET = new EmptyTargetCheck();

    /** Every check, in a stable display order; adding a check means adding its class here. */
    private static final List<QaCheck> ALL = List.of(EMPTY_TARGET, new NumbersCheck(), new PlaceholdersCheck(),
            new UrlsEmailsCheck(), new BracketsCheck(), new GlossaryCheck(), new QuotesCheck(),
            new EndPunctuationCheck(), new CapitalizationCheck(), new WhitespaceCheck(), new DoubleSpaceCheck(),
            new RepeatedWordsCheck(), new IdenticalCheck(), new LengthRatioCheck(), new MaxLengthCheck(), new InconsistencyCheck());

    private QaChecks() {
    }

    public static List<QaCheck> all() {
        return ALL;
    }

    /**
     * Runs the enabled checks (by id; null means all) on one pair, in display order. An empty or blank target only
     * gets the empty-target finding (when that check is enabled): the others would only repeat it.
     */
    public static List<QaIssue> run(String source, String target, QaContext context, Set<String> enabled) {
        if (Texts.isBlank(target)) {
            return enabled == null || enabled.contains(EMPTY_TARGET.id())
                    ? EMPTY_TARGET.check(source, target, context) : List.of();
        }
        List<QaIssue> issues = new ArrayList<>();
        for (QaCheck check : ALL) {
            if (enabled == null || enabled.contains(check.id())) {
                issues.addAll(check.check(source, target, context));
            }
        }
        return issues;
    }
}
