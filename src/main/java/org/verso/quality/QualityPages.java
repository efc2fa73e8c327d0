package org.verso.quality;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.qa.QaCheck;
import org.verso.qa.QaChecks;
import org.verso.account.Role;

/**
 * The quality report page of a language, and the document's check settings.
 */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
class QualityPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance qa(DocumentSummary document, String language, List<QaFinding> findings,
                                          List<QaFinding> shown, List<DismissedFinding> dismissed, String severity,
                                          String check, List<QaCheck> checks, Set<String> disabled, int pageSize);
    }

    private final QualityService quality;
    private final DocumentService documents;
    /** The editor's page size (its key), so a finding links to the editor page that shows its segment. */
    private final int pageSize;

    QualityPages(QualityService quality, DocumentService documents,
                 @ConfigProperty(name = "verso.editor.page-size", defaultValue = "50") int pageSize) {
        this.quality = quality;
        this.documents = documents;
        this.pageSize = pageSize;
    }

    /** The quality report: every finding on the language's translations, filtered by severity and check. */
    @GET
    @Path("qa")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance qa(@RestPath long id, @RestPath String lang, @RestQuery String severity,
                               @RestQuery String check) {
        QualityReport report = quality.report(id, lang);
        List<QaFinding> findings = report.findings();
        String wantedSeverity = severity == null ? "" : severity.strip().toUpperCase(Locale.ROOT);
        String wantedCheck = check == null ? "" : check.strip();
        List<QaFinding> shown = findings.stream()
                .filter(f -> wantedSeverity.isEmpty() || f.severity().equals(wantedSeverity))
                .filter(f -> wantedCheck.isEmpty() || f.check().equals(wantedCheck)).toList();
        return Templates.qa(documents.getDocument(id), lang, findings, shown, report.dismissed(), wantedSeverity,
                wantedCheck, QaChecks.all(), quality.disabledChecks(id), pageSize);
    }

    /** An admin turns checks on and off for the document: the form sends the ids of the checks to keep on. */
    @POST
    @Path("qa-settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response qaSettings(@RestPath long id, @RestPath String lang, @RestForm("enabled") List<String> enabled) {
        Set<String> on = enabled == null ? Set.of() : Set.copyOf(enabled);
        quality.setDisabledChecks(id, QaChecks.all().stream().map(QaCheck::id).filter(c -> !on.contains(c)).toList());
        return Response.seeOther(URI.create("/documents/" + id + "/" + lang + "/qa")).build();
    }
}
