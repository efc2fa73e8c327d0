package org.verso.qa;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A translation far longer or shorter than usual for the pair. Each language has a length factor relative to
 * English (characters of a typical translation per character of English); the expected ratio of a pair is the
 * target's factor over the source's, and a translation outside [0.4, 2.5] times that ratio is flagged. Sources
 * shorter than 20 characters are left alone: headlines and labels vary too much.
 */
public final class LengthRatioCheck implements QaCheck {

    static final int MIN_SOURCE_LENGTH = 20;
    static final double LOW = 0.4;
    static final double HIGH = 2.5;
    static final Map<String, Double> FACTORS = Map.ofEntries(Map.entry("en", 1.0), Map.entry("de", 1.3),
            Map.entry("nl", 1.25), Map.entry("fr", 1.2), Map.entry("es", 1.2), Map.entry("pt", 1.2),
            Map.entry("it", 1.15), Map.entry("pl", 1.15), Map.entry("ru", 1.15), Map.entry("uk", 1.15),
            Map.entry("tg", 1.15), Map.entry("uz", 1.15), Map.entry("kk", 1.15), Map.entry("ky", 1.15),
            Map.entry("tr", 1.1), Map.entry("fi", 1.1), Map.entry("el", 1.2), Map.entry("fa", 1.0),
            Map.entry("ar", 0.95), Map.entry("ur", 1.05), Map.entry("he", 0.9), Map.entry("hi", 1.1),
            Map.entry("ko", 0.6), Map.entry("ja", 0.5), Map.entry("zh", 0.35));

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
        double expected = factor(c.targetLanguage()) / factor(c.sourceLanguage());
        double ratio = (double) targetLength / sourceLength;
        if (ratio >= LOW * expected && ratio <= HIGH * expected) {
            return List.of();
        }
        return List.of(new QaIssue(id(), severity(), String.format(Locale.ROOT,
                "The translation is %.2f times as long as the source; about %.2f is usual for %s → %s.",
                ratio, expected, c.sourceLanguage(), c.targetLanguage())));
    }

    private static double factor(String language) {
        return FACTORS.getOrDefault(Languages.primary(language), 1.0);
    }
}
