package org.verso.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.failure.NotFoundException;
import org.verso.htmx.Htmx;

/**
 * The live preview beside the editor: the article as it will be exported. htmx gets the panel alone (the editor
 * reloads it after saves); a plain request gets a page of its own.
 */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}/preview")
@Authenticated
class PreviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(DocumentSummary document, Preview preview);

        static native TemplateInstance preview$panel(DocumentSummary document, Preview preview);
    }

    private final PreviewService previews;
    private final ArticlePreview pages;
    private final DocumentService documents;

    PreviewPages(PreviewService previews, ArticlePreview pages, DocumentService documents) {
        this.previews = previews;
        this.pages = pages;
        this.documents = documents;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance preview(@RestPath long id, @RestPath String lang, HttpHeaders headers) {
        Preview preview = previews.preview(id, lang);
        DocumentSummary document = documents.getDocument(id);
        return Htmx.isHtmx(headers) ? Templates.preview$panel(document, preview) : Templates.preview(document, preview);
    }

    /**
     * An HTML article's page as it will be exported, with the current texts: shown in a sandboxed frame beside the
     * grid ({@link PreviewFraming} sets its headers: no scripts, framed by Verso only).
     */
    @GET
    @Path("page")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8") // the page's own http-equiv declaration is removed
    public byte[] page(@RestPath long id, @RestPath String lang) {
        return pages.page(id, lang).orElseThrow(() -> new NotFoundException(ErrEditor.class,
                m -> m.documentWasImportedFrom(id)));
    }
}
