package org.verso.document;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The admin's page of segmentation rule sets, with the upload form. */
@Path("/segmentation-rules")
@RolesAllowed("admin")
class RuleSetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ruleSets(List<RuleSetView> ruleSets);
    }

    private final RuleSetService ruleSets;
    private final SecurityIdentity identity;

    RuleSetPages(RuleSetService ruleSets, SecurityIdentity identity) {
        this.ruleSets = ruleSets;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.ruleSets(ruleSets.listRuleSets());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String name, @RestForm FileUpload file) {
        ruleSets.uploadRuleSet(name, RuleSetApi.RuleSetUploads.bytes(file), identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/segmentation-rules")).build();
    }
}
