package org.verso.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;

/** The statistics page of one document and language, with its chart drawn on the server as SVG. */
@Path("/documents/{id}/stats/{lang}")
@Authenticated
class StatsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stats(DocumentSummary document, DocumentStats stats);
    }

    private final StatsService stats;
    private final DocumentService documents;

    StatsPages(StatsService stats, DocumentService documents) {
        this.stats = stats;
        this.documents = documents;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath long id, @RestPath String lang) {
        DocumentStats computed = stats.stats(id, lang);
        return Templates.stats(documents.getDocument(id), computed);
    }
}
