package org.verso.segmentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed SRX 2.0 rule set: named language rules and the maps that pick them for a language tag.
 * {@link #parse(byte[])} checks everything the SRX 2.0 XSD says, plus what it cannot say (every map
 * names an existing rule set, every regular expression compiles), and {@link #compile(String)} turns
 * the rules for one language into a {@link Segmenter}. Segmenters are cached per set of language
 * rules, so languages that share rules share one instance.
 *
 * <p>Regular expressions are Java's ({@link Pattern}), not ICU's. Each open-ended quantifier of a
 * rule reaches at most {@value RulePattern#REACH} characters from the break position.
 *
 * <p>Immutable and thread-safe.
 */
public final class SrxDocument {

    private final boolean cascade;
    private final Map<String, List<RulePattern>> languageRules;
    private final List<Map.Entry<Pattern, String>> maps;
    private final ConcurrentMap<List<String>, Segmenter> segmenters = new ConcurrentHashMap<>();

    private SrxDocument(boolean cascade, Map<String, List<RulePattern>> languageRules,
            List<Map.Entry<Pattern, String>> maps) {
        this.cascade = cascade;
        this.languageRules = languageRules;
        this.maps = maps;
    }

    /**
     * Parses an SRX 2.0 file.
     *
     * @throws SrxException if it is not well-formed, declares a DOCTYPE, is not valid SRX 2.0, maps a
     *                      language to rules it does not define, or holds a regular expression that
     *                      does not compile; the message gives the line
     */
    public static SrxDocument parse(byte[] srx) {
        Objects.requireNonNull(srx, "srx");
        SrxHandler content = SrxParser.read(srx);
        Map<String, List<RulePattern>> rules = new LinkedHashMap<>();
        for (SrxLanguageRule languageRule : content.languageRules()) {
            if (rules.containsKey(languageRule.name())) {
                throw new SrxException(languageRule.line(), "there are two <languagerule>s named \""
                        + languageRule.name() + "\"");
            }
            rules.put(languageRule.name(), languageRule.rules().stream().map(RulePattern::compile).toList());
        }
        List<Map.Entry<Pattern, String>> maps = new ArrayList<>();
        for (SrxLanguageMap map : content.maps()) {
            maps.add(Map.entry(languagePattern(map), map.languageRuleName()));
            if (!rules.containsKey(map.languageRuleName())) {
                throw new SrxException(map.line(), "<languagemap> names the languagerulename \""
                        + map.languageRuleName() + "\", but no <languagerule> has that name; there are "
                        + rules.keySet());
            }
        }
        return new SrxDocument(content.cascade(), rules, List.copyOf(maps));
    }

    /** The names of the language rules, in the order of the file. */
    public List<String> languageRuleNames() {
        return List.copyOf(languageRules.keySet());
    }

    /**
     * The names of the language rules that apply to {@code languageTag}, in order: those of every map
     * whose pattern matches the tag when the header says {@code cascade="yes"}, else those of the
     * first. Empty when no map matches.
     */
    public List<String> languageRuleNamesFor(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        List<String> names = new ArrayList<>();
        for (Map.Entry<Pattern, String> map : maps) {
            if (map.getKey().matcher(languageTag).matches() && !names.contains(map.getValue())) {
                names.add(map.getValue());
                if (!cascade) {
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * The segmenter for {@code languageTag} (matched against the maps' language patterns as given,
     * ignoring case). Without a matching map it never breaks: each paragraph is one segment.
     */
    public Segmenter compile(String languageTag) {
        return segmenters.computeIfAbsent(languageRuleNamesFor(languageTag), this::segmenterFor);
    }

    private Segmenter segmenterFor(List<String> names) {
        return new SrxSegmenter(names.stream().flatMap(name -> languageRules.get(name).stream()).toList());
    }

    private static Pattern languagePattern(SrxLanguageMap map) {
        try {
            return Pattern.compile(map.languagePattern(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new SrxException(map.line(), "the languagepattern of <languagemap> is an invalid regular expression: "
                    + e.getDescription() + " in \"" + map.languagePattern() + "\"", e);
        }
    }
}
