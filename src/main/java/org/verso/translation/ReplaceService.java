package org.verso.translation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.verso.failure.InvalidInputException;

/**
 * Search and replace across one language's target texts: a preview, or every change saved in one transaction,
 * each as a revision of its own (so history, live updates and quality checks see it like a person's save).
 */
@ApplicationScoped
public class ReplaceService {

    private static final int MAX_FIND = 1_000;
    private static final Set<TranslationStatus> WITH_TEXT = EnumSet.complementOf(EnumSet.of(TranslationStatus.NEW));

    private final TranslationService translations;

    ReplaceService(TranslationService translations) {
        this.translations = translations;
    }

    @Transactional
    public List<Replacement> replace(long documentId, String languageTag, ReplaceRequest request, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        Pattern pattern = pattern(request);
        String replacement = replacement(request);
        List<Translation> scope = Translation.list("documentId = ?1 and language = ?2 and status in ?3 and "
                + "translatable = true and text is not null", Sort.by("ordinal"), documentId, language,
                statuses(request.statuses()));
        List<Replacement> changed = new ArrayList<>();
        for (Translation t : scope) {
            String after = replaced(pattern, t.text, replacement);
            if (!after.equals(t.text)) {
                changed.add(new Replacement(t.segmentId, t.ordinal, t.status.name(), t.text, after, t.version));
            }
        }
        if (Boolean.TRUE.equals(request.preview())) {
            return changed;
        }
        String comment = "replaced “" + request.find() + "” with “" + request.replace() + "”";
        List<Replacement> saved = new ArrayList<>();
        for (Replacement r : changed) {
            TranslationStatus status = TranslationStatus.valueOf(r.status()).keptBy(actor);
            SavedTranslation s = translations.saveTranslation(new SaveRequest(documentId, language, r.segmentId(),
                    r.after(), status.name(), r.version(), comment.length() > 2_000 ? null : comment), actor);
            saved.add(new Replacement(r.segmentId(), r.ordinal(), s.status(), r.before(), r.after(), s.version()));
        }
        return saved;
    }

    private static Pattern pattern(ReplaceRequest request) {
        String find = request.find();
        if (find == null || find.isEmpty()) {
            throw new InvalidInputException("Give the text to find.");
        }
        if (find.length() > MAX_FIND) {
            throw new InvalidInputException("Search for at most " + MAX_FIND + " characters.");
        }
        if (request.replace() == null) {
            throw new InvalidInputException("Give the replacement (it may be empty).");
        }
        if (!Boolean.TRUE.equals(request.regex())) {
            return Pattern.compile(Pattern.quote(find));
        }
        try {
            return Pattern.compile(find);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("Not a valid regular expression: " + e.getDescription() + " near "
                    + "position " + e.getIndex() + ".");
        }
    }

    private static String replacement(ReplaceRequest request) {
        return Boolean.TRUE.equals(request.regex()) ? request.replace() : Matcher.quoteReplacement(request.replace());
    }

    /** The text with every match replaced; a replacement naming a missing group is the user's error, not ours. */
    private static String replaced(Pattern pattern, String text, String replacement) {
        try {
            return pattern.matcher(text).replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidInputException("The replacement does not fit the expression: " + e.getMessage());
        }
    }

    private static Set<TranslationStatus> statuses(List<String> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return WITH_TEXT;
        }
        Set<TranslationStatus> statuses = EnumSet.noneOf(TranslationStatus.class);
        for (String name : wanted) {
            statuses.add(TranslationStatus.parse(name).orElseThrow(() -> new InvalidInputException(
                    "Unknown status '" + name + "'; use " + WITH_TEXT.toString().toLowerCase(Locale.ROOT) + ".")));
        }
        return statuses;
    }
}
