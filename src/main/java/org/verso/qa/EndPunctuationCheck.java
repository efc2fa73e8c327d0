package org.verso.qa;

import java.util.List;
import java.util.Map;
import org.verso.qa.EndMarks.Kind;

/**
 * The translation ends with the target language's form of the source's end mark (see {@link EndMarks}): "?" may
 * become "؟" or "？", "." may become "。" or "۔"; closing quotes and brackets after it are skipped, and a translation
 * may end with a quotation the source has inside. A source without an end mark whose translation ends a sentence too.
 */
public final class EndPunctuationCheck implements QaCheck {

    @Override
    public String id() {
        return "end-punctuation";
    }

    @Override
    public String name() {
        return "End punctuation";
    }

    @Override
    public String description() {
        return "The translation does not end with the punctuation the source ends with.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        QaContext c = QaContext.orEmpty(context);
        String sourceMark = EndMarks.lastMark(source);
        String targetMark = EndMarks.lastMark(target);
        Kind kind = EndMarks.kindOf(sourceMark, c.sourceLanguage());
        Kind targetKind = EndMarks.kindOf(targetMark, c.targetLanguage());
        if (Texts.isBlank(target) || kind == targetKind && EndMarks.marks(c.targetLanguage(), kind).contains(targetMark)
                || kind == Kind.FULL_STOP && targetKind == Kind.NONE && EndMarks.fullStopOptional(c.targetLanguage())
                || EndMarks.endsWithQuotationOf(source, target, targetKind, c.sourceLanguage())) {
            return List.of();
        }
        if (kind == Kind.NONE) {
            boolean endsSentence = targetKind == Kind.FULL_STOP || targetKind == Kind.QUESTION
                    || targetKind == Kind.EXCLAMATION;
            return endsSentence ? List.of(issue("endMarkAdded", Map.of("target", targetMark))) : List.of();
        }
        String expected = EndMarks.marks(c.targetLanguage(), kind).substring(0, 1);
        boolean unmarked = targetMark.isEmpty() || Character.isLetterOrDigit(targetMark.codePointAt(0));
        return List.of(issue(unmarked ? "endMarkMissing" : "endMarkDifferent", Map.of("source", sourceMark,
                "target", targetMark, "expected", expected)));
    }

    private QaIssue issue(String code, Map<String, String> args) {
        return QaIssue.of(id(), severity(), code, args);
    }
}
