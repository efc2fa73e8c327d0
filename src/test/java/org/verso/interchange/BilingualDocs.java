package org.verso.interchange;

import java.util.ArrayList;
import java.util.List;

/** Builds bilingual documents for writer tests: paragraphs are opened, then units added to the open one. */
public final class BilingualDocs {

    private final String sourceLanguage;
    private final String targetLanguage;
    private final List<BilingualParagraph> paragraphs = new ArrayList<>();
    private final List<BilingualUnit> units = new ArrayList<>();
    private String title = "Harbour strike ends";
    private ParagraphKind kind;
    private String markup;
    private boolean segmentable;
    private List<MarkupCode> codes = List.of();
    private int nextId = 1;
    private int missing;

    private BilingualDocs(String sourceLanguage, String targetLanguage) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
    }

    public static BilingualDocs doc(String sourceLanguage, String targetLanguage) {
        return new BilingualDocs(sourceLanguage, targetLanguage);
    }

    /** Every paragraph of {@code source} as one approved unit whose translation is the source itself. */
    public static BilingualDocument echo(SourceDocument source, String language) {
        BilingualDocs docs = doc(language, language);
        for (SourceParagraph paragraph : source.paragraphs()) {
            docs.close();
            docs.kind = paragraph.kind();
            docs.markup = paragraph.markup();
            docs.segmentable = paragraph.segmentable();
            docs.codes = paragraph.codes();
            docs.unit(new BilingualUnit(docs.newId(), paragraph.text(), paragraph.text(), UnitState.FINAL,
                    "approved", paragraph.segmentable()));
        }
        return docs.build();
    }

    public BilingualDocs title(String title) {
        this.title = title;
        return this;
    }

    public BilingualDocs paragraph(ParagraphKind kind) {
        return paragraph(kind, "");
    }

    public BilingualDocs paragraph(ParagraphKind kind, String markup) {
        close();
        this.kind = kind;
        this.markup = markup;
        this.segmentable = true;
        return this;
    }

    /** A paragraph kept as imported (code block, rule): one unit that is never translated. */
    public BilingualDocs verbatim(String text) {
        close();
        kind = ParagraphKind.OTHER;
        markup = "";
        segmentable = false;
        return unit(new BilingualUnit(newId(), text, null, UnitState.INITIAL, "new", false));
    }

    public BilingualDocs approved(String source, String target) {
        return unit(new BilingualUnit(newId(), source, target, UnitState.FINAL, "approved", true));
    }

    public BilingualDocs untranslated(String source) {
        missing++;
        return unit(new BilingualUnit(newId(), source, null, UnitState.INITIAL, "new", true));
    }

    public BilingualDocs unit(BilingualUnit unit) {
        units.add(unit);
        return this;
    }

    public BilingualDocument build() {
        close();
        return new BilingualDocument("doc-1", title, sourceLanguage, targetLanguage, paragraphs, missing);
    }

    private String newId() {
        return "s" + nextId++;
    }

    private void close() {
        if (kind != null) {
            paragraphs.add(new BilingualParagraph(kind, markup, segmentable, units, codes));
        }
        units.clear();
        kind = null;
        codes = List.of();
    }
}
