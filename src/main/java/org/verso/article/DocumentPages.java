package org.verso.article;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.verso.document.RuleSetService;
import org.verso.document.RuleSetView;
import org.verso.document.SegmentPage;
import org.verso.document.SegmentView;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.htmx.Htmx;
import org.verso.task.TaskService;
import org.verso.translation.LanguageProgress;
import org.verso.translation.LanguageRights;
import org.verso.translation.TaskFields;

/**
 * The document list (and the archived ones), importing an article, and the document page: segments, target languages,
 * title; archiving, restoring and (for admins, after a confirmation page) deleting a document.
 */
@Path("/documents")
@Authenticated
class DocumentPages {

    /** Segments the document page lists at once: a 100,000-segment article's page was 55 MB and took 7.7 s. */
    static final int SEGMENTS_PER_PAGE = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<DocumentOverview.DocumentDetail> documents, boolean archived);

        static native TemplateInstance confirmDelete(DocumentOverview.DocumentDetail document);

        static native TemplateInstance newDocument(List<RuleSetView> ruleSets);

        static native TemplateInstance document(DocumentOverview.DocumentDetail document, SegmentPage segments);

        static native TemplateInstance document$language(DocumentOverview.DocumentDetail document,
                                                          LanguageProgress p);

        static native TemplateInstance document$segment(DocumentOverview.DocumentDetail document, SegmentView segment);
    }

    private final ArticleImporter importer;
    private final DocumentService documents;
    private final DocumentLifecycle lifecycle;
    private final DocumentOverview overview;
    private final SecurityIdentity identity;
    private final RuleSetService ruleSets;
    private final LanguageRights rights;
    private final TaskService tasks;

    DocumentPages(ArticleImporter importer, DocumentService documents, DocumentLifecycle lifecycle,
                  DocumentOverview overview, SecurityIdentity identity,
                  RuleSetService ruleSets, LanguageRights rights, TaskService tasks) {
        this.tasks = tasks;
        this.lifecycle = lifecycle;
        this.rights = rights;
        this.ruleSets = ruleSets;
        this.importer = importer;
        this.documents = documents;
        this.overview = overview;
        this.identity = identity;
    }

    /** The start page: every document in use (or with archived=true the archived ones), progress per language. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@RestQuery boolean archived) {
        return Templates.dashboard(overview.listDocuments(archived), archived);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public TemplateInstance newDocument() {
        return Templates.newDocument(ruleSets.listRuleSets());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response importArticle(@RestForm String title, @RestForm String sourceLanguage, @RestForm String format,
                                  @RestForm String segmentationRules, @RestForm String content,
                                  @RestForm FileUpload file) {
        byte[] pasted = content == null || content.isBlank() ? null : content.getBytes(StandardCharsets.UTF_8);
        DocumentSummary created = importer.importArticle(ImportForms.request(title, sourceLanguage, format,
                segmentationRules, file, pasted, identity.getPrincipal().getName()));
        return Response.seeOther(URI.create("/documents/" + created.id())).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance document(@RestPath long id, @RestQuery @DefaultValue("1") int page) {
        return Templates.document(overview.document(id), documents.segmentPage(id, page, SEGMENTS_PER_PAGE));
    }

    /** One target language's row of the document page: the page reloads it when someone saves in that language. */
    @GET
    @Path("{id}/progress/{lang}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance languageRow(@RestPath long id, @RestPath String lang) {
        DocumentOverview.DocumentDetail document = overview.document(id);
        LanguageProgress row = document.languages().stream().filter(p -> p.language().equalsIgnoreCase(lang))
                .findFirst().orElseThrow(() -> new NotFoundException(ErrArticle.class,
                        m -> m.documentTargetLanguage(id, lang)));
        return Templates.document$language(document, row);
    }

    @POST
    @Path("{id}/title")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response rename(@RestPath long id, @RestForm String title) {
        documents.renameDocument(id, title);
        return backTo(id, "");
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response archive(@RestPath long id) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        lifecycle.archiveDocument(id, identity.getPrincipal().getName());
        return backTo(id, "");
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response restore(@RestPath long id) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        lifecycle.restoreDocument(id);
        return backTo(id, "");
    }

    /** The confirmation step before a deletion: what goes, what stays, and the one button that does it. */
    @GET
    @Path("{id}/delete")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(overview.document(id));
    }

    /** Deletes only with the confirmation page's {@code confirm=delete}, so no stray form post deletes anything. */
    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@RestPath long id, @RestForm String confirm) {
        if (!"delete".equals(confirm)) {
            throw new InvalidInputException(ErrArticle.class, m -> m.nothingWasDeletedConfirm());
        }
        lifecycle.deleteDocument(id, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/documents")).build();
    }

    @POST
    @Path("{id}/languages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response addLanguage(@RestPath long id, @RestForm String language, @RestForm String translator,
                                @RestForm String reviewer, @RestForm String due, @RestForm String priority) {
        tasks.addLanguages(id, language, new TaskFields(translator, reviewer, due, priority), Actor.of(identity));
        return backTo(id, "#languages");
    }

    @POST
    @Path("{id}/segments/{segmentId}/translatable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response markSegment(@RestPath long id, @RestPath long segmentId, @RestForm boolean translatable,
                         HttpHeaders headers) {
        return mark(id, segmentId, translatable, null, headers);
    }

    /** Leaves a skipped segment out of the text, Markdown and HTML exports, or puts it back in. */
    @POST
    @Path("{id}/segments/{segmentId}/left-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response leaveOut(@RestPath long id, @RestPath long segmentId, @RestForm boolean leftOut,
                             HttpHeaders headers) {
        return mark(id, segmentId, null, leftOut, headers);
    }

    /** Changes a segment's flags; htmx gets the segment's new row, a plain form a redirect to it. */
    private Response mark(long id, long segmentId, Boolean translatable, Boolean leftOut, HttpHeaders headers) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        SegmentView segment = documents.markSegment(id, segmentId, translatable, leftOut);
        if (Htmx.isHtmx(headers)) {
            return Response.ok(Templates.document$segment(overview.document(id), segment)).build();
        }
        return backTo(id, "#s" + segment.id());
    }

    private static Response backTo(long id, String anchor) {
        return Response.seeOther(URI.create("/documents/" + id + anchor)).build();
    }
}
