package org.verso.qa;

import java.util.List;

/** One quality check of a translation against its source. Implementations are stateless and thread-safe. */
public interface QaCheck {

    /** Stable, kebab-case identifier, e.g. "numbers"; settings and stored findings refer to it. */
    String id();

    /** Human name, e.g. "Numbers". */
    String name();

    /** One sentence for the settings page, phrased as the failure the translator will see. */
    String description();

    /** The default severity of its findings. */
    Severity severity();

    /** Findings for one pair; empty when fine. Never throws on any input: nulls count as empty text. */
    List<QaIssue> check(String source, String target, QaContext context);
}
