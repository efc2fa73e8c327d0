package org.verso.memory;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.account.Role;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.job.JobResponses;
import org.verso.job.JobView;

/** The translation memory: lookups, concordance, import and export. */
@Path("/api/memory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translation memory")
class MemoryApi {

    private final MemoryService memory;
    private final MemoryImport imports;
    private final MemoryImportJob importJobs;
    private final SecurityIdentity identity;
    @Inject
    MemoryExportJob exportJobs;

    MemoryApi(MemoryService memory, MemoryImport imports, MemoryImportJob importJobs, SecurityIdentity identity) {
        this.memory = memory;
        this.imports = imports;
        this.importJobs = importJobs;
        this.identity = identity;
    }

    @GET
    @Path("matches")
    @Operation(operationId = "searchMemory",
            summary = "Memory matches for a text, best first: 100 for the same text, fuzzy scores below")
    public List<MemoryMatch> matches(@RestQuery String q, @RestQuery String source, @RestQuery String target,
                                     @RestQuery @DefaultValue("5") int limit,
                                     @RestQuery @DefaultValue("70") int threshold) {
        return memory.matches(required(source, "source"), required(target, "target"), q, null, limit, threshold);
    }

    @GET
    @Path("concordance")
    @Operation(operationId = "searchConcordance",
            summary = "Units whose source or target contains the words, newest first")
    public List<ConcordanceHit> concordance(@RestQuery String q, @RestQuery String source, @RestQuery String target,
                                            @RestQuery @DefaultValue("20") int limit) {
        return memory.concordance(required(source, "source"), required(target, "target"), q, limit);
    }

    @GET
    @Path("pairs")
    @Operation(operationId = "listMemoryPairs",
            summary = "The language pairs in the memory with their unit counts")
    public List<PairCount> pairs() {
        return memory.pairs();
    }

    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.REVIEWER_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importMemory",
            summary = "Import a TMX 1.4b file, or a gettext PO/MO catalog with sourceLanguage and targetLanguage; "
            + "with async=true as a background job: 202 and the job, Location /api/jobs/{id}")
    @APIResponse(responseCode = "200", description = "The import report (without async)",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response importFile(@RestForm FileUpload file, @RestForm String sourceLanguage,
                               @RestForm String targetLanguage, @RestQuery boolean async) {
        String username = identity.getPrincipal().getName();
        if (async) {
            return JobResponses.accepted(importJobs.submit(file, sourceLanguage, targetLanguage, username));
        }
        return Response.ok(imports.importUpload(file, sourceLanguage, targetLanguage, username)).build();
    }

    @GET
    @Path("export")
    @Produces("application/x-tmx+xml")
    @Operation(operationId = "exportMemory",
            summary = "Every unit of a language pair as TMX 1.4b; with async=true as a background job: 202 and"
            + " the job, Location /api/jobs/{id}, whose result names the download, GET /api/jobs/{id}/download")
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "200", description = "The pair as TMX 1.4b, without async", content = {
            @Content(mediaType = "application/x-tmx+xml", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@RestQuery String source, @RestQuery String target, @RestQuery boolean async) {
        if (async) {
            return JobResponses.accepted(exportJobs.submit(required(source, "source"), required(target, "target"),
                    identity.getPrincipal().getName()));
        }
        MemoryExport.Prepared export = imports.prepareExport(required(source, "source"), required(target, "target"));
        StreamingOutput body = export::writeTo;
        return Response.ok(body, "application/x-tmx+xml")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(ErrCommon.class, m -> m.giveLanguage(name, name));
        }
        return value;
    }
}
