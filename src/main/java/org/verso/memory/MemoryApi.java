package org.verso.memory;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.failure.InvalidInputException;

/** The translation memory: lookups, concordance, import and export. */
@Path("/api/memory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translation memory")
class MemoryApi {

    private final MemoryService memory;
    private final MemoryImport imports;
    private final SecurityIdentity identity;

    MemoryApi(MemoryService memory, MemoryImport imports, SecurityIdentity identity) {
        this.memory = memory;
        this.imports = imports;
        this.identity = identity;
    }

    @GET
    @Path("matches")
    @Operation(summary = "Memory matches for a text, best first: 100 for the same text, fuzzy scores below")
    public List<MemoryMatch> matches(@RestQuery String q, @RestQuery String source, @RestQuery String target,
                                     @RestQuery @DefaultValue("5") int limit,
                                     @RestQuery @DefaultValue("70") int threshold) {
        return memory.matches(required(source, "source"), required(target, "target"), q, null, limit, threshold);
    }

    @GET
    @Path("concordance")
    @Operation(summary = "Units whose source or target contains the words, newest first")
    public List<ConcordanceHit> concordance(@RestQuery String q, @RestQuery String source, @RestQuery String target,
                                            @RestQuery @DefaultValue("20") int limit) {
        return memory.concordance(required(source, "source"), required(target, "target"), q, limit);
    }

    @GET
    @Path("pairs")
    @Operation(summary = "The language pairs in the memory with their unit counts")
    public List<PairCount> pairs() {
        return memory.pairs();
    }

    @POST
    @Path("import")
    @RolesAllowed({"admin", "reviewer"})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a TMX 1.4b file, or a gettext PO/MO catalog with sourceLanguage and targetLanguage")
    public ImportReport importFile(@RestForm FileUpload file, @RestForm String sourceLanguage,
                                   @RestForm String targetLanguage) {
        return imports.importUpload(file, sourceLanguage, targetLanguage, identity.getPrincipal().getName());
    }

    @GET
    @Path("export")
    @Produces("application/x-tmx+xml")
    @Operation(summary = "Every unit of a language pair as TMX 1.4b")
    public Response export(@RestQuery String source, @RestQuery String target) {
        MemoryExport.Prepared export = imports.prepareExport(required(source, "source"), required(target, "target"));
        StreamingOutput body = export::writeTo;
        return Response.ok(body, "application/x-tmx+xml")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("Give the " + name + " language (" + name + "=…).");
        }
        return value;
    }
}
