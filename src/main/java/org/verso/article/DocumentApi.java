package org.verso.article;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.document.ArticleImporter;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.ResegmentationService;
import org.verso.document.SegmentView;
import org.verso.failure.InvalidInputException;
import org.verso.account.Actor;
import org.verso.translation.LanguageRights;

/** The documents API: import, list, read, rename, mark segments (non-)translatable, split and join segments. */
@Path("/api/documents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
class DocumentApi {

    /**
     * JSON import body; {@code format} is "text" (default), "markdown" or "xliff" (the document is made from the
     * file's source side, its segmentation kept; sourceLanguage may be left out); {@code segmentationRules} names an
     * uploaded SRX rule set (default: Verso's own).
     */
    record ImportBody(String title, String sourceLanguage, String format, String content, String segmentationRules) {
    }

    record TitleBody(String title) {
    }

    record TranslatableBody(Boolean translatable) {
    }

    /** Where the second part starts, in UTF-16 code units of the source (JavaScript string indices). */
    record SplitBody(Integer offset) {
    }

    private final ArticleImporter importer;
    private final DocumentService documents;
    private final ResegmentationService resegmentation;
    private final DocumentOverview overview;
    private final LanguageRights rights;
    private final SecurityIdentity identity;

    DocumentApi(ArticleImporter importer, DocumentService documents, ResegmentationService resegmentation,
                DocumentOverview overview, SecurityIdentity identity, LanguageRights rights) {
        this.rights = rights;
        this.importer = importer;
        this.documents = documents;
        this.resegmentation = resegmentation;
        this.overview = overview;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an article pasted as JSON text")
    public Response importJson(ImportBody body) {
        if (body == null) {
            throw new InvalidInputException("Send a JSON body with sourceLanguage, format and content.");
        }
        byte[] content = body.content() == null ? new byte[0] : body.content().getBytes(StandardCharsets.UTF_8);
        return created(importer.importArticle(ImportForms.request(body.title(), body.sourceLanguage(), body.format(),
                body.segmentationRules(), null, content, identity.getPrincipal().getName())));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an article uploaded as a .txt, .md, .html or .xlf/.xliff file (XLIFF 1.2 or 2.x: the "
            + "document is made from its source side, keeping its segmentation; apply its targets with "
            + "…/languages/{lang}/import)")
    public Response importFile(@RestForm FileUpload file, @RestForm String sourceLanguage, @RestForm String title,
                               @RestForm String format, @RestForm String segmentationRules) {
        return created(importer.importArticle(ImportForms.request(title, sourceLanguage, format, segmentationRules,
                file, null, identity.getPrincipal().getName())));
    }

    @GET
    @Operation(summary = "List documents with their target languages and progress")
    public List<DocumentOverview.DocumentDetail> list() {
        return overview.listDocuments();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One document with its target languages and progress by words")
    public DocumentOverview.DocumentDetail get(@RestPath long id) {
        return overview.document(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a document")
    public DocumentSummary rename(@RestPath long id, TitleBody body) {
        return documents.renameDocument(id, body == null ? null : body.title());
    }

    @GET
    @Path("{id}/segments")
    @Operation(summary = "The document's segments in order")
    public List<SegmentView> segments(@RestPath long id) {
        return documents.segments(id);
    }

    @PATCH
    @Path("{id}/segments/{segmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a segment translatable or not (web-page cruft is exported unchanged)")
    public SegmentView markSegment(@RestPath long id, @RestPath long segmentId, TranslatableBody body) {
        rights.requireEveryLanguage(id, Actor.of(identity)); // first: a refusal never depends on the body
        if (body == null || body.translatable() == null) {
            throw new InvalidInputException("Send {\"translatable\": true|false}.");
        }
        return documents.setTranslatable(id, segmentId, body.translatable());
    }

    @POST
    @Path("{id}/segments/{segmentId}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split a segment's source at a character offset; answers both parts, the second one new")
    public List<SegmentView> split(@RestPath long id, @RestPath long segmentId, SplitBody body) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        return resegmentation.splitSegment(id, segmentId, body == null ? null : body.offset(),
                identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/segments/{segmentId}/join")
    @Operation(summary = "Join a segment with the next one of its paragraph; answers the joined segment")
    public SegmentView join(@RestPath long id, @RestPath long segmentId) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        return resegmentation.joinWithNext(id, segmentId, identity.getPrincipal().getName());
    }

    private static Response created(DocumentSummary summary) {
        return Response.created(URI.create("/api/documents/" + summary.id())).entity(summary).build();
    }
}
