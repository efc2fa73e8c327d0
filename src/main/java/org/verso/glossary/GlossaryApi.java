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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.failure.InvalidInputException;
import org.verso.account.Role;

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
    @Operation(summary = "The terms of a language pair: [{id, sourceTerm, targetTerm, status, note, …}]")
    public List<TermView> terms(@RestQuery String source, @RestQuery String target) {
        return glossary.terms(required(source, "source"), required(target, "target"));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a term; 409 when the pair already has the same source and target term")
    public Response create(TermInput input) {
        TermView created = glossary.create(body(input), identity.getPrincipal().getName());
        return Response.created(URI.create("/api/glossary/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{termId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a term")
    public TermView update(@RestPath long termId, TermInput input) {
        return glossary.update(termId, body(input));
    }

    @DELETE
    @Path("{termId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Operation(summary = "Delete a term")
    public Response delete(@RestPath long termId) {
        glossary.delete(termId);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import TBX (v3 or v2) or CSV; sourceLanguage and targetLanguage name the pair")
    public GlossaryImportReport importFile(@RestForm FileUpload file, @RestForm String sourceLanguage,
                                           @RestForm String targetLanguage) {
        return transfer.importUpload(file, sourceLanguage, targetLanguage, identity.getPrincipal().getName());
    }

    @GET
    @Path("export")
    @Produces({"application/x-tbx+xml", "text/csv"})
    @Operation(summary = "The terms of a pair as TBX v3 (TBX-Basic) or CSV")
    public Response export(@RestQuery String source, @RestQuery String target, @RestQuery String format) {
        GlossaryTransfer.Export export = transfer.export(required(source, "source"), required(target, "target"),
                format == null ? "tbx" : format);
        return Response.ok(export.bytes(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    private static TermInput body(TermInput input) {
        if (input == null) {
            throw new InvalidInputException("Send a JSON body with sourceLanguage, targetLanguage, sourceTerm and "
                    + "targetTerm.");
        }
        return input;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("Give the " + name + " language (" + name + "=…).");
        }
        return value;
    }
}
