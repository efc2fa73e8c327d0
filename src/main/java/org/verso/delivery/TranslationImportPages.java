package org.verso.delivery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.htmx.Htmx;
import org.verso.account.Actor;
import org.verso.translation.TranslationService;

/**
 * The page to bring back a translation done in another tool: upload an XLIFF file, see what was applied. A plain
 * form post answers the whole page with the report; htmx swaps in only the report.
 */
@Path("/documents/{id}/import/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
class TranslationImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importXliff(DocumentSummary document, String language,
                                                   TranslationImportReport report, String file);

        static native TemplateInstance importXliff$report(DocumentSummary document, String language,
                                                          TranslationImportReport report, String file);
    }

    private final TranslationImport imports;
    private final TranslationService translations;
    private final DocumentService documents;
    private final SecurityIdentity identity;

    TranslationImportPages(TranslationImport imports, TranslationService translations, DocumentService documents,
                           SecurityIdentity identity) {
        this.imports = imports;
        this.translations = translations;
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form(@RestPath long id, @RestPath String lang) {
        String language = translations.requireLanguage(id, lang);
        return Templates.importXliff(documents.getDocument(id), language, null, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance importFile(@RestPath long id, @RestPath String lang, @RestForm FileUpload file,
                                       HttpHeaders headers) {
        TranslationImportReport report = imports.importUpload(id, lang, file, Actor.of(identity));
        String language = translations.requireLanguage(id, lang);
        String name = file.fileName() == null || file.fileName().isBlank() ? "the file" : file.fileName();
        if (Htmx.isHtmx(headers)) {
            return Templates.importXliff$report(documents.getDocument(id), language, report, name);
        }
        return Templates.importXliff(documents.getDocument(id), language, report, name);
    }
}
