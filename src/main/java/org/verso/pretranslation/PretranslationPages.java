package org.verso.pretranslation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.job.JobResponses;
import org.verso.account.Actor;
import org.verso.machine.MachineTranslation;

/**
 * The match analysis page of a language and its pre-translation form.
 */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
class PretranslationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance analysis(DocumentSummary document, MatchAnalysis analysis,
                                                PretranslationResult pretranslated, boolean machine);
    }

    private final MemoryPretranslation memory;
    private final MachinePretranslation machinePretranslation;
    private final PretranslationJob pretranslationJobs;
    private final MachineTranslation machine;
    private final DocumentService documents;
    private final SecurityIdentity identity;

    PretranslationPages(MemoryPretranslation memory, MachinePretranslation machinePretranslation,
                        PretranslationJob pretranslationJobs, MachineTranslation machine, DocumentService documents,
                        SecurityIdentity identity) {
        this.memory = memory;
        this.machinePretranslation = machinePretranslation;
        this.pretranslationJobs = pretranslationJobs;
        this.machine = machine;
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @Path("analysis")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance analysis(@RestPath long id, @RestPath String lang) {
        return Templates.analysis(documents.getDocument(id), memory.analysis(id, lang), null, machine.enabled());
    }

    /**
     * Pre-translates from memory (and by machine with mt=true), then shows the analysis with what was filled; a
     * large document, or a press on the background button, becomes a job whose page shows its progress.
     */
    @POST
    @Path("pretranslate")
    @Produces(MediaType.TEXT_HTML)
    public Response pretranslate(@RestPath long id, @RestPath String lang, @RestForm boolean mt,
                                 @RestForm boolean background) {
        if (background || !pretranslationJobs.runsInline(id)) {
            return JobResponses.toPage(pretranslationJobs.submit(id, lang, mt, Actor.of(identity)));
        }
        PretranslationResult filled = mt ? machinePretranslation.pretranslate(id, lang, Actor.of(identity), n -> { })
                : memory.pretranslate(id, lang, Actor.of(identity));
        return Response.ok(Templates.analysis(documents.getDocument(id), memory.analysis(id, lang), filled,
                machine.enabled())).build();
    }
}
