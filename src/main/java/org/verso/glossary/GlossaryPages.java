package org.verso.glossary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.account.Role;

/** The glossary pages: a pair's terms, adding, editing and deleting terms, import and export. */
@Path("/glossary")
@Authenticated
class GlossaryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance glossary(String source, String target, List<TermView> terms, boolean chosen);

        static native TemplateInstance imported(GlossaryImportReport report, String source, String target);
    }

    private final GlossaryService glossary;
    private final GlossaryTransfer transfer;
    private final SecurityIdentity identity;

    GlossaryPages(GlossaryService glossary, GlossaryTransfer transfer, SecurityIdentity identity) {
        this.glossary = glossary;
        this.transfer = transfer;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestQuery String source, @RestQuery String target) {
        boolean chosen = source != null && !source.isBlank() && target != null && !target.isBlank();
        List<TermView> terms = chosen ? glossary.terms(source, target) : List.of();
        return Templates.glossary(chosen ? source.strip() : "en", chosen ? target.strip() : "", terms, chosen);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String sourceLanguage, @RestForm String targetLanguage,
                           @RestForm String sourceTerm, @RestForm String targetTerm, @RestForm String partOfSpeech,
                           @RestForm String note, @RestForm String status, @RestForm boolean caseSensitive) {
        TermView created = glossary.create(new TermInput(sourceLanguage, targetLanguage, sourceTerm, targetTerm,
                partOfSpeech, note, status, caseSensitive), identity.getPrincipal().getName());
        return backTo(created.sourceLanguage(), created.targetLanguage());
    }

    /** The edit form under a term: replaces the term with what the form holds (the API's PUT, as a form). */
    @POST
    @Path("{termId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long termId, @RestForm String sourceLanguage, @RestForm String targetLanguage,
                           @RestForm String sourceTerm, @RestForm String targetTerm, @RestForm String partOfSpeech,
                           @RestForm String note, @RestForm String status, @RestForm boolean caseSensitive) {
        TermView updated = glossary.update(termId, new TermInput(sourceLanguage, targetLanguage, sourceTerm,
                targetTerm, partOfSpeech, note, status, caseSensitive));
        return backTo(updated.sourceLanguage(), updated.targetLanguage());
    }

    @POST
    @Path("{termId}/delete")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    public Response delete(@RestPath long termId, @RestQuery String source, @RestQuery String target) {
        glossary.delete(termId);
        return backTo(source, target);
    }

    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance importFile(@RestForm FileUpload file, @RestForm String sourceLanguage,
                                       @RestForm String targetLanguage) {
        GlossaryImportReport report = transfer.importUpload(file, sourceLanguage, targetLanguage,
                identity.getPrincipal().getName());
        return Templates.imported(report, sourceLanguage, targetLanguage);
    }

    private static Response backTo(String source, String target) {
        return Response.seeOther(URI.create("/glossary?source=" + encode(source) + "&target=" + encode(target))).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
