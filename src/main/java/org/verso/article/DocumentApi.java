package org.verso.article;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.verso.account.Actor;
import org.verso.account.Role;
import org.verso.document.ArticleImporter;
import org.verso.document.DocumentLifecycle;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.ResegmentationService;
import org.verso.document.SegmentView;
import org.verso.failure.InvalidInputException;
import org.verso.translation.LanguageRights;

/**
 * The documents API: import, list, read, rename, archive, restore and delete documents; mark segments skipped or
 * left out of the export, split and join them.
 */
@Path("/api/documents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
class DocumentApi {

    /**
     * JSON import body; {@code format} is "auto" (the default: HTML or XLIFF when the content says so, Markdown when
     * it starts with a "# " heading, plain text otherwise), "text", "markdown", "html" or "xliff" (the document is
     * made from the file's source side, its segmentation kept; sourceLanguage may be left out); {@code title} defaults
     * to the first heading that is not web-page boilerplate; {@code segmentationRules} names an uploaded SRX rule set
     * (default: Verso's own).
     */
    record ImportBody(String title, String sourceLanguage,
                      @Schema(enumeration = {"auto", "text", "markdown", "html", "docx", "xliff", "po", "json", "properties", "android"}) String format,
                      @Schema(required = true) String content, String segmentationRules) {
    }

    record TitleBody(String title) {
    }

    /** Either flag or both; {@code leftOut} only for a skipped (not translatable) segment. */
    record TranslatableBody(Boolean translatable, Boolean leftOut) {
    }

    /** Where the second part starts, in UTF-16 code units of the source (JavaScript string indices). */
    record SplitBody(Integer offset) {
    }

    private final ArticleImporter importer;
    private final DocumentService documents;
    private final DocumentLifecycle lifecycle;
    private final ResegmentationService resegmentation;
    private final DocumentOverview overview;
    private final LanguageRights rights;
    private final SecurityIdentity identity;

    DocumentApi(ArticleImporter importer, DocumentService documents, DocumentLifecycle lifecycle,
                ResegmentationService resegmentation, DocumentOverview overview, SecurityIdentity identity,
                LanguageRights rights) {
        this.lifecycle = lifecycle;
        this.rights = rights;
        this.importer = importer;
        this.documents = documents;
        this.resegmentation = resegmentation;
        this.overview = overview;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importDocument",
            summary = "Import an article pasted as JSON text")
    @APIResponse(responseCode = "201", description = "The new document; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentSummary.class)))
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response importJson(ImportBody body) {
        if (body == null) {
            throw new InvalidInputException(ErrArticle.class, m -> m.sendJsonBodySourcelanguage());
        }
        byte[] content = body.content() == null ? new byte[0] : body.content().getBytes(StandardCharsets.UTF_8);
        return created(importer.importArticle(ImportForms.request(body.title(), body.sourceLanguage(), body.format(),
                body.segmentationRules(), null, content, identity.getPrincipal().getName())));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importDocument",
            summary = "Import an article uploaded as a .txt, .md, .html or .xlf/.xliff file (XLIFF 1.2 or 2.x: the "
            + "document is made from its source side, keeping its segmentation; apply its targets with "
            + "…/languages/{lang}/import); without a format (or with \"auto\") the file name's extension decides")
    @APIResponse(responseCode = "201", description = "The new document; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentSummary.class)))
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response importFile(@RestForm FileUpload file, @RestForm String sourceLanguage, @RestForm String title,
                               @RestForm String format, @RestForm String segmentationRules) {
        return created(importer.importArticle(ImportForms.request(title, sourceLanguage, format, segmentationRules,
                file, null, identity.getPrincipal().getName())));
    }

    @GET
    @Operation(operationId = "listDocuments",
            summary = "List documents with their target languages and progress; archived ones only with "
            + "archived=true (and then only those)")
    public List<DocumentOverview.DocumentDetail> list(@RestQuery boolean archived) {
        return overview.listDocuments(archived);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDocument",
            summary = "One document with its target languages and progress by words")
    public DocumentOverview.DocumentDetail get(@RestPath long id) {
        return overview.document(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameDocument",
            summary = "Rename a document")
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public DocumentSummary rename(@RestPath long id, TitleBody body) {
        return documents.renameDocument(id, body == null ? null : body.title());
    }

    @POST
    @Path("{id}/archive")
    @Operation(operationId = "archiveDocument",
            summary = "Archive a document: hidden from the lists (GET /api/documents?archived=true lists it), "
            + "otherwise unchanged; answers the document")
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public DocumentSummary archive(@RestPath long id) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        return lifecycle.archiveDocument(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/restore")
    @Operation(operationId = "restoreDocument",
            summary = "Restore an archived document to the lists; answers the document")
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public DocumentSummary restore(@RestPath long id) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        return lifecycle.restoreDocument(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteDocument",
            summary = "Delete a document (admins): its segments, translations and their history go to the archive "
            + "tables, everything else of it goes; 204")
    @APIResponse(responseCode = "204", description = "The document is deleted")
    public void delete(@RestPath long id) {
        lifecycle.deleteDocument(id, identity.getPrincipal().getName());
    }

    @GET
    @Path("{id}/segments")
    @Operation(operationId = "listSegments",
            summary = "The document's segments in order")
    public List<SegmentView> segments(@RestPath long id) {
        return documents.segments(id);
    }

    @PATCH
    @Path("{id}/segments/{segmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markSegment",
            summary = "Mark a segment translatable or skipped (web-page cruft is exported unchanged), and a skipped "
            + "one left out of the text, Markdown and HTML exports (leftOut) or not")
    @APIResponse(responseCode = "200", description = "The segment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SegmentView.class)))
    @APIResponse(responseCode = "409", description = "A translated segment cannot be left out of the export")
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public SegmentView markSegment(@RestPath long id, @RestPath long segmentId, TranslatableBody body) {
        rights.requireEveryLanguage(id, Actor.of(identity)); // first: a refusal never depends on the body
        if (body == null || body.translatable() == null && body.leftOut() == null) {
            throw new InvalidInputException(ErrArticle.class, m -> m.sendFlags());
        }
        return documents.markSegment(id, segmentId, body.translatable(), body.leftOut());
    }

    @POST
    @Path("{id}/segments/{segmentId}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "splitSegment",
            summary = "Split a segment's source at a character offset; answers both parts, the second one new")
    @APIResponse(responseCode = "200", description = "Both parts, the first keeps the id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SegmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "409", description = "The segment is a block kept verbatim")
    public List<SegmentView> split(@RestPath long id, @RestPath long segmentId, SplitBody body) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        return resegmentation.splitSegment(id, segmentId, body == null ? null : body.offset(),
                identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/segments/{segmentId}/join")
    @Operation(operationId = "joinSegment",
            summary = "Join a segment with the next one of its paragraph; answers the joined segment")
    @APIResponse(responseCode = "200", description = "The joined segment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SegmentView.class)))
    @APIResponse(responseCode = "409", description = "The segment is the last of its paragraph")
    public SegmentView join(@RestPath long id, @RestPath long segmentId) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        return resegmentation.joinWithNext(id, segmentId, identity.getPrincipal().getName());
    }

    private static Response created(DocumentSummary summary) {
        return Response.created(URI.create("/api/documents/" + summary.id())).entity(summary).build();
    }
}
