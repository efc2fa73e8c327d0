package org.verso.article;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.SourceVersionService;
import org.verso.document.VersionDetail;
import org.verso.document.VersionSummary;
import org.verso.account.Actor;
import org.verso.translation.LanguageRights;

/** A document's source versions: the list with a form for a new one, and a "what changed" page per version. */
@Path("/documents/{id}/versions")
@Authenticated
class SourceVersionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(DocumentSummary document, List<VersionSummary> versions);

        static native TemplateInstance version(DocumentSummary document, VersionDetail detail);
    }

    private final SourceVersionService versions;
    private final DocumentService documents;
    private final LanguageRights rights;
    private final SecurityIdentity identity;

    SourceVersionPages(SourceVersionService versions, DocumentService documents, SecurityIdentity identity,
                       LanguageRights rights) {
        this.rights = rights;
        this.versions = versions;
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@RestPath long id) {
        return Templates.versions(documents.getDocument(id), versions.versions(id));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(@RestPath long id, @RestForm String format, @RestForm String content,
                        @RestForm FileUpload file) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        byte[] pasted = content == null || content.isBlank() ? null : content.getBytes(StandardCharsets.UTF_8);
        VersionSummary added = versions.addVersion(id, ImportForms.request(null, null, format, null, file, pasted,
                identity.getPrincipal().getName(), true));
        return Response.seeOther(URI.create("/documents/" + id + "/versions/" + added.version())).build();
    }

    @GET
    @Path("{version}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance version(@RestPath long id, @RestPath int version) {
        return Templates.version(documents.getDocument(id), versions.version(id, version));
    }
}
