package org.verso.replace;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.failure.StorableText;
import org.verso.translation.TranslationStatus;

/**
 * A checked request: what to find, what to put instead, where, the comment each revision carries, and the reason to
 * keep approved segments approved over the new text's quality errors (null: those are left out). Checked completely
 * before any text is read, so a background replace is refused before it is queued, never half-way. The scope keeps
 * the approved segments a translator may not change: the replace lists them as refused, each with its reason, rather
 * than quietly leaving them out.
 */
record ReplacePlan(Pattern pattern, String replacement, Set<TranslationStatus> statuses, String comment,
                   String qaOverride) {

    private static final int MAX_FIND = 1_000;
    /** As long as the revision's column for it. */
    private static final int MAX_REASON = 2_000;
    private static final Set<TranslationStatus> WITH_TEXT = EnumSet.complementOf(EnumSet.of(TranslationStatus.NEW));

    static ReplacePlan of(ReplaceRequest request) {
        Pattern pattern = pattern(request);
        String replacement = replacement(request);
        requireReplacementFits(pattern, replacement);
        String comment = "replaced “" + request.find() + "” with “" + request.replace() + "”";
        return new ReplacePlan(pattern, replacement, statuses(request.statuses()),
                comment.length() > 2_000 ? null : comment, override(request.qaOverride()));
    }

    /** The text the matcher reads, with every match replaced. */
    String replaced(Matcher matcher) {
        return replaced(matcher, replacement);
    }

    /** The reason to replace in approved segments over quality errors, as a revision keeps it; blank is none. */
    private static String override(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        StorableText.require(reason, "The reason");
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException(ErrCommon.class, m -> m.reasonMostCharacters(MAX_REASON));
        }
        return reason.strip();
    }

    private static Pattern pattern(ReplaceRequest request) {
        String find = request.find();
        if (find == null || find.isEmpty()) {
            throw new InvalidInputException(ErrReplace.class, m -> m.giveTextFind());
        }
        if (find.length() > MAX_FIND) {
            throw new InvalidInputException(ErrReplace.class, m -> m.searchMostCharacters(MAX_FIND));
        }
        if (request.replace() == null) {
            throw new InvalidInputException(ErrReplace.class, m -> m.giveReplacementMayEmpty());
        }
        if (!Boolean.TRUE.equals(request.regex())) {
            return Pattern.compile(Pattern.quote(find));
        }
        try {
            return Pattern.compile(find);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException(ErrReplace.class,
                    m -> m.validRegularExpressionNear(e.getDescription(), e.getIndex()));
        }
    }

    private static String replacement(ReplaceRequest request) {
        return Boolean.TRUE.equals(request.regex()) ? request.replace() : Matcher.quoteReplacement(request.replace());
    }

    /**
     * Refuses a replacement naming a group the expression lacks ($3, ${name}) before any text is read: the same
     * expression with an empty alternative always matches the empty string, with the same groups, all unset.
     */
    private static void requireReplacementFits(Pattern pattern, String replacement) {
        Matcher probe;
        try {
            probe = Pattern.compile("(?:" + pattern.pattern() + ")|", pattern.flags()).matcher("");
        } catch (PatternSyntaxException e) {
            return; // an expression that cannot be wrapped (a trailing comment): its texts tell at replace time
        }
        if (probe.find()) {
            replaced(probe, replacement);
        }
    }

    /** The text with every match replaced; a replacement naming a missing group is the user's error, not ours. */
    private static String replaced(Matcher matcher, String replacement) {
        try {
            return matcher.replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidInputException(ErrReplace.class, m -> m.replacementDoesFitExpression(e.getMessage()));
        }
    }

    private static Set<TranslationStatus> statuses(List<String> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return WITH_TEXT;
        }
        Set<TranslationStatus> statuses = EnumSet.noneOf(TranslationStatus.class);
        for (String name : wanted) {
            statuses.add(TranslationStatus.parse(name).orElseThrow(() -> new InvalidInputException(ErrReplace.class,
                    m -> m.unknownStatusUse(name, WITH_TEXT.toString().toLowerCase(Locale.ROOT)))));
        }
        return statuses;
    }
}
