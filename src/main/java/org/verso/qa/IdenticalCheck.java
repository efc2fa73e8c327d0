package org.verso.qa;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The translation is the source unchanged, between two different languages, though the source has words to
 * translate. Left alone: a source whose letters are all inside placeholders, URLs or e-mail addresses; a source of
 * up to four words that all start with a capital or a digit ("NATO", "Reuters", "Vladimir Putin"); and code (one
 * token with "_", "()" or a capital inside, such as {@code user_id}, {@code getName()}, "iPhone"; or any text with
 * one of {@code = { } < >}).
 */
public final class IdenticalCheck implements QaCheck {

    private static final Pattern PROPER_NAME = Pattern.compile("(?:[\\p{Lu}\\p{Lt}\\d][^\\s]*)(?:\\s+[\\p{Lu}\\p{Lt}\\d][^\\s]*){0,3}");
    private static final Pattern CODE_MARK = Pattern.compile("[={}<>]");
    private static final Pattern IDENTIFIER_MARK = Pattern.compile("_|\\(\\)|\\p{Ll}\\p{Lu}");

    @Override
    public String id() {
        return "identical";
    }

    @Override
    public String name() {
        return "Unchanged translation";
    }

    @Override
    public String description() {
        return "The translation is the same as the source, as if it had not been translated.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        QaContext c = QaContext.orEmpty(context);
        String s = Texts.strip(source);
        if (Languages.same(c.sourceLanguage(), c.targetLanguage()) || !s.equals(Texts.strip(target))) {
            return List.of();
        }
        String prose = Texts.strip(Links.remove(Placeholders.remove(s)));
        if (prose.codePoints().noneMatch(Character::isLetter) || PROPER_NAME.matcher(prose).matches()
                || looksLikeCode(prose)) {
            return List.of();
        }
        return List.of(QaIssue.of(id(), severity(), "sameAsSource", Map.of("quoted", Texts.quote(s, 80))));
    }

    private static boolean looksLikeCode(String prose) {
        boolean oneToken = prose.codePoints().noneMatch(Texts::isSpace);
        return CODE_MARK.matcher(prose).find() || oneToken && IDENTIFIER_MARK.matcher(prose).find();
    }
}
