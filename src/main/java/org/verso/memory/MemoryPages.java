package org.verso.memory;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.htmx.Htmx;
import org.verso.job.JobResponses;
import org.verso.account.Role;

/** The memory page: what the memory holds, concordance search, import and export. */
@Path("/memory")
@Authenticated
class MemoryPages {

    private static final int CONCORDANCE_SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance memory(List<PairCount> pairs, String q, String source, String target,
                                              List<ConcordanceHit> hits, boolean searched);

        static native TemplateInstance memory$results(String q, String source, String target,
                                                      List<ConcordanceHit> hits, boolean searched);
    }

    private final MemoryService memory;
    private final MemoryImportJob importJobs;
    private final SecurityIdentity identity;

    MemoryPages(MemoryService memory, MemoryImportJob importJobs, SecurityIdentity identity) {
        this.memory = memory;
        this.importJobs = importJobs;
        this.identity = identity;
    }

    /**
     * The page; with {@code q}, {@code source} and {@code target} it also shows a concordance search's results, and
     * to htmx (the editor's search box) only those.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestQuery String q, @RestQuery String source, @RestQuery String target,
                                 HttpHeaders headers) {
        boolean searched = q != null && !q.isBlank();
        List<ConcordanceHit> hits = searched ? memory.concordance(source, target, q, CONCORDANCE_SHOWN) : List.of();
        if (Htmx.isHtmx(headers)) {
            return Templates.memory$results(q == null ? "" : q, source, target, hits, searched);
        }
        return Templates.memory(memory.pairs(), q == null ? "" : q, source == null ? "" : source,
                target == null ? "" : target, hits, searched);
    }

    /** Imports run in the background, whatever their size: the answer is the job's page with its progress. */
    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response importFile(@RestForm FileUpload file, @RestForm String sourceLanguage,
                               @RestForm String targetLanguage) {
        return JobResponses.toPage(importJobs.submit(file, sourceLanguage, targetLanguage,
                identity.getPrincipal().getName()));
    }
}
