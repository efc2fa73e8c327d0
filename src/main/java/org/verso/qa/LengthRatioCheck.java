package org.verso.qa;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A translation far longer or shorter than usual for the pair. The expected ratio of a pair is the target's
 * {@link LengthFactors length factor} over the source's, and a translation outside [0.4, 2.5] times that ratio
 * is flagged. Sources shorter than 20 characters are left alone: headlines and labels vary too much.
 */
public final class LengthRatioCheck implements QaCheck {

    static final int MIN_SOURCE_LENGTH = 20;
    static final double LOW = 0.4;
    static final double HIGH = 2.5;

    @Override
    public String id() {
        return "length-ratio";
    }

    @Override
    public String name() {
        return "Length";
    }

    @Override
    public String description() {
        return "The translation is much longer or shorter than translations between these languages usually are.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        QaContext c = QaContext.orEmpty(context);
        int sourceLength = Texts.strip(source).codePointCount(0, Texts.strip(source).length());
        int targetLength = Texts.strip(target).codePointCount(0, Texts.strip(target).length());
        if (sourceLength < MIN_SOURCE_LENGTH || targetLength == 0) {
            return List.of();
        }
        double expected = LengthFactors.of(c.targetLanguage()) / LengthFactors.of(c.sourceLanguage());
        double ratio = (double) targetLength / sourceLength;
        if (ratio >= LOW * expected && ratio <= HIGH * expected) {
            return List.of();
        }
        return List.of(QaIssue.of(id(), severity(), "lengthRatio", Map.of("ratio", String.format(Locale.ROOT, "%.2f", ratio),
                "usual", String.format(Locale.ROOT, "%.2f", expected), "source", String.valueOf(c.sourceLanguage()),
                "target", String.valueOf(c.targetLanguage()))));
    }

}
