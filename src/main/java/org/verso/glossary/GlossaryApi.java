package org.verso.glossary;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.account.Role;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;

/** Glossary terms per language pair; reviewers and admins change them, everyone reads them. */
@Path("/api/glossary")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Glossary")
class GlossaryApi {

    private final GlossaryService glossary;
    private final GlossaryTransfer transfer;
    private final SecurityIdentity identity;

    GlossaryApi(GlossaryService glossary, GlossaryTransfer transfer, SecurityIdentity identity) {
        this.glossary = glossary;
        this.transfer = transfer;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listTerms",
            summary = "The terms of a language pair: [{id, sourceTerm, targetTerm, status, note, …}]")
    public List<TermView> terms(@RestQuery String source, @RestQuery String target) {
        return glossary.terms(required(source, "source"), required(target, "target"));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTerm",
            summary = "Add a term; 409 when the pair already has the same source and target term")
    @APIResponse(responseCode = "201", description = "The new term; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)))
    @APIResponse(responseCode = "409", description = "The pair already has the same source and target term")
    public Response create(TermInput input) {
        TermView created = glossary.create(body(input), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/glossary/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{termId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTerm",
            summary = "Replace a term")
    @APIResponse(responseCode = "200", description = "The changed term",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TermView.class)))
    @APIResponse(responseCode = "409", description = "The pair already has the same source and target term")
    public TermView update(@RestPath long termId, TermInput input) {
        return glossary.update(termId, body(input));
    }

    @DELETE
    @Path("{termId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Operation(operationId = "deleteTerm",
            summary = "Delete a term")
    @APIResponse(responseCode = "204", description = "The term is deleted")
    public Response delete(@RestPath long termId) {
        glossary.delete(termId);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importGlossary",
            summary = "Import TBX (v3 or v2) or CSV; sourceLanguage and targetLanguage name the pair")
    public GlossaryImportReport importFile(@RestForm FileUpload file, @RestForm String sourceLanguage,
                                           @RestForm String targetLanguage) {
        return transfer.importUpload(file, sourceLanguage, targetLanguage, identity.getPrincipal().getName());
    }

    @GET
    @Path("export")
    @Produces({"application/x-tbx+xml", "text/csv"})
    @Operation(operationId = "exportGlossary",
            summary = "The terms of a pair as TBX v3 (TBX-Basic) or CSV")
    @APIResponse(responseCode = "200", description = "The terms as a file (Content-Disposition names it)", content = {
            @Content(mediaType = "application/x-tbx+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@RestQuery String source, @RestQuery String target, @RestQuery String format) {
        GlossaryTransfer.Export export = transfer.export(required(source, "source"), required(target, "target"),
                format == null ? "tbx" : format);
        return Response.ok(export.bytes(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    private static TermInput body(TermInput input) {
        if (input == null) {
            throw new InvalidInputException(ErrGlossary.class, m -> m.sendJsonBodySourcelanguage());
        }
        return input;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(ErrCommon.class, m -> m.giveLanguage(name, name));
        }
        return value;
    }
}
