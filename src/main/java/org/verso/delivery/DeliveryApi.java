package org.verso.delivery;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.job.JobResponses;
import org.verso.job.JobView;
import org.verso.account.Actor;

/** Delivery of a language: its export in any format, and the import of an XLIFF file translated elsewhere. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class DeliveryApi {

    private final ExportService exports;
    private final ExportJob exportJobs;
    private final TranslationImport imports;
    private final SecurityIdentity identity;

    DeliveryApi(ExportService exports, ExportJob exportJobs, TranslationImport imports, SecurityIdentity identity) {
        this.exports = exports;
        this.exportJobs = exportJobs;
        this.imports = imports;
        this.identity = identity;
    }

    @GET
    @Path("{lang}/export")
    @Produces({"text/plain", "text/markdown", "application/xliff+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/x-gettext-translation",
            "text/x-java-properties", MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportTranslation",
            summary = "Download the translation as txt, md, html, docx (a document imported from Word: the same"
            + " file in the target language), xliff (2.1), xliff12, po, json, properties or android (a string catalog: the same file with the translations); 409 unless finished or"
            + " partial=true; fillTargets=source (XLIFF only) writes the source into empty targets, state initial"
            + " (1.2: needs-translation), for tools that translate only inside a target; with async=true as a"
            + " background job: 202 and the job, Location /api/jobs/{id}, whose"
            + " result names the download, GET /api/jobs/{id}/download")
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "200", description = "The translated file, without async (Content-Disposition names it)",
            content = {
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/xliff+xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "Unfinished: the problem lists the missing segments (partial=true exports anyway)")
    public Response export(@RestPath long id, @RestPath String lang,
                           @Parameter(schema = @Schema(enumeration = {"txt", "md", "html", "docx", "xliff", "xliff12"}))
                           @RestQuery String format,
                           @RestQuery boolean partial, @RestQuery boolean async,
                           @Parameter(schema = @Schema(enumeration = {"source"})) @RestQuery String fillTargets) {
        String chosen = format == null ? "txt" : format;
        if (async) {
            return JobResponses.accepted(exportJobs.submit(id, lang, chosen, partial, fillTargets,
                    Actor.of(identity)));
        }
        return ExportResponses.of(exports.export(id, lang, chosen, partial, fillTargets));
    }

    @POST
    @Path("{lang}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importTranslations",
            summary = "Apply the targets of an XLIFF 1.2 or 2.x file translated elsewhere (multipart 'file'):"
            + " {applied, unchanged, unknown, unknownIds, conflicts}; Verso edits newer than the file are not overwritten")
    public TranslationImportReport importFile(@RestPath long id, @RestPath String lang, @RestForm FileUpload file) {
        return imports.importUpload(id, lang, file, Actor.of(identity));
    }
}
