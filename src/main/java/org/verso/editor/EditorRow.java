package org.verso.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.verso.document.SegmentView;
import org.verso.document.SourceChangeView;
import org.verso.interchange.catalog.PluralCategories;
import org.verso.interchange.catalog.PluralText;
import java.util.Locale;
import org.verso.glossary.TermHint;
import org.verso.interchange.ParagraphKind;
import org.verso.qa.QaIssue;
import org.verso.qa.Severity;
import org.verso.translation.TranslationStatus;

/**
 * One segment as the editor shows it: source beside the current translation.
 *
 * @param joinable whether the next segment is in the same paragraph, so the two can be joined
 * @param issues   the quality-check findings on the current translation
 * @param terms    glossary terms found in the source, in text order
 * @param comments how many comments the segment has
 * @param refusal  why the save just tried was refused ({@link #NOT_APPROVED} or {@link #NOT_CONFIRMED}), said in the
 *                 row in the reader's language with the number of errors (null when none was)
 * @param autosave the viewer's unconfirmed text of the segment, shown in the box instead of the saved text (null
 *                 when there is none)
 * @param unit     the segment, for a catalog unit's key, context, comment, max length and plural forms
 */
public record EditorRow(long segmentId, int ordinal, int paragraph, ParagraphKind kind, String source,
                        boolean translatable, String text, TranslationStatus status, int version, String updatedBy,
                        Instant updatedAt, String lastComment, String lastCommentBy, boolean joinable,
                        List<QaIssue> issues, List<TermHint> terms, long comments, SourceChangeView sourceChange,
                        String refusal, AutosaveView autosave, SegmentView unit) {

    /** A reviewer's approval refused over quality errors without a reason. */
    public static final String NOT_APPROVED = "not-approved";
    /** A confirmation stopped over quality errors: fix them or confirm anyway. */
    public static final String NOT_CONFIRMED = "not-confirmed";

    /** One plural form as the editor shows it: the category, the source's form for it, the translation's text. */
    public record Form(String category, String source, String text) {
    }

    /** A catalog unit's key and notes (its segment); null for an article's segment. */
    public SegmentView unit() {
        return unit != null && unit.catalogUnit() ? unit : null;
    }

    /** Whether the segment is a catalog's plural, translated form by form. */
    public boolean plural() {
        return unit != null && unit.plural();
    }

    /** The forms to fill for the target language, in CLDR order, with what the box holds for each. */
    public List<Form> forms(String language) {
        Map<String, String> typed = PluralText.isPlural(boxText()) ? PluralText.decode(boxText()) : Map.of();
        Map<String, String> sources = unit == null || unit.sourceForms() == null ? Map.of() : unit.sourceForms();
        return PluralCategories.of(language).stream().map(c -> new Form(c,
                PluralCategories.formFor(sources, c), typed.getOrDefault(c, ""))).toList();
    }

    /** A run of the source: plain text, or a glossary term with its hint. */
    public record SourcePiece(String text, TermHint hint) {
    }

    /** The glossary terms of the source once each (a term found twice is one button), in order of first use. */
    public List<TermHint> termChips() {
        Map<String, TermHint> once = new LinkedHashMap<>();
        for (TermHint term : terms) {
            once.putIfAbsent(term.sourceTerm() + '\u0000' + term.targetTerm(), term);
        }
        return List.copyOf(once.values());
    }

    /** The source cut at its glossary terms, so the page can mark them. */
    public List<SourcePiece> sourcePieces() {
        List<SourcePiece> pieces = new ArrayList<>();
        int at = 0;
        for (TermHint term : terms) {
            if (term.start() < at || term.end() > source.length()) {
                continue; // overlapping hits: the first one is marked
            }
            if (term.start() > at) {
                pieces.add(new SourcePiece(source.substring(at, term.start()), null));
            }
            pieces.add(new SourcePiece(source.substring(term.start(), term.end()), term));
            at = term.end();
        }
        if (at < source.length()) {
            pieces.add(new SourcePiece(source.substring(at), null));
        }
        return pieces;
    }

    /**
     * The row as the person left it after a refused save: their text, the findings on it and why it was refused, so
     * nothing they typed is lost and the reason shows where they look; {@code typedOver} is the version they typed over
     * (null: the current one), so confirming it again is still checked against a newer save.
     */
    public EditorRow refused(String typed, Integer typedOver, List<QaIssue> found, String why) {
        return new EditorRow(segmentId, ordinal, paragraph, kind, source, translatable, typed, status,
                typedOver == null ? version : typedOver,
                updatedBy, updatedAt, lastComment, lastCommentBy, joinable, List.copyOf(found), terms, comments,
                sourceChange, why, null, unit);
    }

    /** The row with the viewer's unconfirmed text in its box and the findings on that text. */
    public EditorRow withAutosave(AutosaveView kept, List<QaIssue> found) {
        return new EditorRow(segmentId, ordinal, paragraph, kind, source, translatable, text, status, version,
                updatedBy, updatedAt, lastComment, lastCommentBy, joinable, List.copyOf(found), terms, comments,
                sourceChange, refusal, kept, unit);
    }

    /** What the box holds: the viewer's unconfirmed text where there is one, else the saved translation. */
    public String boxText() {
        return autosave != null ? autosave.text() : text;
    }

    /** The version a save from the box is made over: the one the unconfirmed text was typed over, if any. */
    public int boxVersion() {
        return autosave != null ? autosave.baseVersion() : version;
    }

    /** Someone saved the segment after the viewer's unconfirmed text was typed over an older version. */
    public boolean autosaveOutdated() {
        return autosave != null && autosave.baseVersion() != version;
    }

    /** Whether a finding is an error: approving then takes a reason. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    /** Approved: locked for translators until a reviewer reopens it. */
    public boolean approved() {
        return status == TranslationStatus.APPROVED;
    }

    public String statusId() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The largest offset a split may take: before the source's last character. */
    public int lastSplitOffset() {
        return source.length() - 1;
    }
}
