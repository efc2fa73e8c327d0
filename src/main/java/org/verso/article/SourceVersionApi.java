package org.verso.article;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.account.Actor;
import org.verso.document.SourceVersionService;
import org.verso.document.VersionDetail;
import org.verso.document.VersionSummary;
import org.verso.failure.InvalidInputException;
import org.verso.translation.LanguageRights;

/** New versions of a document's source: import one (same body as document creation), list them, see what changed. */
@Path("/api/documents/{id}/versions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
class SourceVersionApi {

    private final SourceVersionService versions;
    private final LanguageRights rights;
    private final SecurityIdentity identity;

    SourceVersionApi(SourceVersionService versions, SecurityIdentity identity, LanguageRights rights) {
        this.rights = rights;
        this.versions = versions;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addSourceVersion",
            summary = "Import a new version of the source, pasted as JSON; unchanged segments keep their "
            + "translations, changed ones become FUZZY, removed ones are archived")
    @APIResponse(responseCode = "201", description = "The new source version; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    public Response addJson(@RestPath long id, DocumentApi.ImportBody body) {
        rights.requireEveryLanguage(id, Actor.of(identity)); // first: a refusal never depends on the body
        if (body == null) {
            throw new InvalidInputException(ErrArticle.class, m -> m.sendJsonBodyFormat());
        }
        byte[] content = body.content() == null ? new byte[0] : body.content().getBytes(StandardCharsets.UTF_8);
        return created(id, versions.addVersion(id, ImportForms.request(body.title(), body.sourceLanguage(),
                body.format(), body.segmentationRules(), null, content, identity.getPrincipal().getName(), true)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addSourceVersion",
            summary = "Import a new version of the source uploaded as a file, as for a new document")
    @APIResponse(responseCode = "201", description = "The new source version; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    public Response addFile(@RestPath long id, @RestForm FileUpload file, @RestForm String sourceLanguage,
                            @RestForm String title, @RestForm String format, @RestForm String segmentationRules) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        return created(id, versions.addVersion(id, ImportForms.request(title, sourceLanguage, format,
                segmentationRules, file, null, identity.getPrincipal().getName(), true)));
    }

    @GET
    @Operation(operationId = "listSourceVersions",
            summary = "The document's source versions, oldest first; version 1 is the import")
    public List<VersionSummary> list(@RestPath long id) {
        return versions.versions(id);
    }

    @GET
    @Path("{version}")
    @Operation(operationId = "getSourceVersion",
            summary = "One source version with the segments it changed, added and removed")
    public VersionDetail get(@RestPath long id, @RestPath int version) {
        return versions.version(id, version);
    }

    private static Response created(long id, VersionSummary version) {
        return Response.created(URI.create("/api/documents/" + id + "/versions/" + version.version())).entity(version)
                .build();
    }
}
