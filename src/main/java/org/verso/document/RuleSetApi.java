package org.verso.document;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.failure.InvalidInputException;

/** SRX rule sets: admins upload them; anyone importing may choose one. */
@Path("/api/segmentation-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segmentation rules")
class RuleSetApi {

    private final RuleSetService ruleSets;
    private final SecurityIdentity identity;

    RuleSetApi(RuleSetService ruleSets, SecurityIdentity identity) {
        this.ruleSets = ruleSets;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadSegmentationRules",
            summary = "Upload an SRX 2.0 rule set under a name (validated; a bad file gets its line)")
    @APIResponse(responseCode = "201", description = "The stored rule set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "409", description = "A rule set of this name exists")
    public Response upload(@RestForm String name, @RestForm FileUpload file) {
        RuleSetView created = ruleSets.uploadRuleSet(name, RuleSetUploads.bytes(file), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/segmentation-rules/" + created.name())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listSegmentationRules",
            summary = "The rule sets an import can name; \"verso\" is the bundled one")
    @RolesAllowed({"admin", "translator", "reviewer", "editor"})
    public List<RuleSetView> list() {
        return ruleSets.listRuleSets();
    }

    /** Reads an uploaded file for the API and the page alike. */
    static final class RuleSetUploads {

        private RuleSetUploads() {
        }

        static byte[] bytes(FileUpload file) {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw new InvalidInputException(ErrDocument.class, m -> m.attachSrxFileFile());
            }
            try {
                return Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the uploaded SRX file", e);
            }
        }
    }
}
