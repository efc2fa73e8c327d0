package org.verso.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.document.DocumentService;
import org.verso.document.SegmentView;
import org.verso.document.SourceFormat;
import org.verso.interchange.InlineCodes;
import org.verso.language.LanguageTags;
import org.verso.translation.Translation;
import org.verso.translation.TranslationService;

/** Builds the live preview: two queries for the whole article, so it can follow every save. */
@ApplicationScoped
public class PreviewService {

    private final DocumentService documents;
    private final TranslationService translations;

    PreviewService(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    @Transactional
    public Preview preview(long documentId, String languageTag) {
        String language = translations.requireLanguage(documentId, languageTag);
        Map<Long, Translation> current = Translation.<Translation>list("documentId = ?1 and language = ?2", documentId,
                language).stream().collect(Collectors.toMap(t -> t.segmentId, Function.identity()));
        List<Preview.Block> blocks = new ArrayList<>();
        List<Preview.Piece> pieces = new ArrayList<>();
        SegmentView previous = null;
        for (SegmentView segment : documents.segments(documentId)) {
            if (segment.leftOut()) {
                continue; // web-page cruft left out of the export is left out of its preview too
            }
            if (previous != null && segment.paragraph() != previous.paragraph() && !pieces.isEmpty()) {
                blocks.add(new Preview.Block(previous.kind(), pieces));
                pieces = new ArrayList<>();
            }
            pieces.add(piece(segment, current.get(segment.id())));
            previous = segment;
        }
        if (previous != null && !pieces.isEmpty()) {
            blocks.add(new Preview.Block(previous.kind(), pieces));
        }
        return new Preview(language, LanguageTags.isRightToLeft(language), blocks,
                documents.getDocument(documentId).sourceFormat() == SourceFormat.HTML);
    }

    private static Preview.Piece piece(SegmentView segment, Translation translation) {
        String state = ArticlePreview.state(translation);
        return new Preview.Piece(segment.id(), InlineCodes.strip(state.equals("translated") ? translation.text
                : segment.source()), state);
    }
}
