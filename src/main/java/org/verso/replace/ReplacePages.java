package org.verso.replace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.job.JobResponses;
import org.verso.account.Actor;
import org.verso.translation.TranslationService;

/** The search-and-replace page: the form, a preview of every change, then all of them in one go or as a job. */
@Path("/documents/{id}/replace/{lang}")
@Authenticated
class ReplacePages {

    /** Statuses a translator can scope a replace to (NEW segments have no text). */
    static final List<String> STATUSES = List.of("DRAFT", "FUZZY", "TRANSLATED", "REJECTED", "APPROVED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance replace(DocumentSummary document, String language, ReplaceRequest form,
                                               List<String> statuses, List<Replacement> changes,
                                               List<Replacement> leftOut, boolean done);
    }

    private final ReplaceService replacer;
    private final DocumentService documents;
    private final TranslationService translations;
    private final SecurityIdentity identity;
    @Inject
    ReplaceJob replaceJobs;

    ReplacePages(ReplaceService replacer, DocumentService documents, TranslationService translations,
                 SecurityIdentity identity) {
        this.replacer = replacer;
        this.documents = documents;
        this.translations = translations;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@RestPath long id, @RestPath String lang) {
        String language = translations.requireLanguage(id, lang);
        return Templates.replace(documents.getDocument(id), language,
                new ReplaceRequest("", "", false, List.of(), true, ""), STATUSES, null, List.of(), false);
    }

    /**
     * {@code action} "preview" lists the changes; "replace" saves them, as a job (303 to its page) for a large
     * document; "background" always as a job. Both list apart the segments left unchanged, with why; a reviewer's
     * {@code qaOverride} (the page calls it a reason) replaces in approved segments over quality errors.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@RestPath long id, @RestPath String lang, @RestForm String find,
                           @RestForm String replace, @RestForm boolean regex,
                           @RestForm("statuses") List<String> statuses, @RestForm String qaOverride,
                           @RestForm String action) {
        String language = translations.requireLanguage(id, lang);
        boolean preview = !"replace".equals(action) && !"background".equals(action);
        ReplaceRequest request = new ReplaceRequest(find, replace == null ? "" : replace, regex,
                statuses == null ? List.of() : statuses, preview, qaOverride == null ? "" : qaOverride);
        if ("background".equals(action) || !preview && !replaceJobs.runsInline(id)) {
            return JobResponses.toPage(replaceJobs.submit(id, language, request, Actor.of(identity)));
        }
        List<Replacement> found = replacer.replace(id, language, request, Actor.of(identity));
        return Response.ok(Templates.replace(documents.getDocument(id), language, request, STATUSES,
                found.stream().filter(r -> !r.leftOut()).toList(), found.stream().filter(Replacement::leftOut).toList(),
                !preview)).build();
    }
}
