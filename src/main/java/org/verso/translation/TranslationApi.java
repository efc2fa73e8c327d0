package org.verso.translation;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.failure.InvalidInputException;
import org.verso.job.JobResponses;
import org.verso.job.JobView;
import org.verso.memory.MemoryMatch;

/** Target languages, translations and exports of one document. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class TranslationApi {

    record LanguageBody(String language) {
    }

    /**
     * A save; {@code version} is the one last read, {@code comment} optional (a reviewer's reason), {@code qaOverride}
     * the reason to approve despite quality-check errors.
     */
    record SaveBody(String text, String status, Integer version, String comment, String qaOverride) {
    }

    private final TranslationService translations;
    private final RevisionService history;
    private final ReplaceService replacer;
    private final ExportService exports;
    private final TranslationImport imports;
    private final PretranslationJob pretranslationJobs;
    @Inject
    ReplaceJob replaceJobs;
    @Inject
    QualityReportJob qualityJobs;
    @Inject
    ExportJob exportJobs;
    private final StatsService stats;
    private final SecurityIdentity identity;
    private final MachineSuggestions machine;
    private final MachinePretranslation machinePretranslation;

    TranslationApi(TranslationService translations, RevisionService history, ReplaceService replacer,
                   ExportService exports, StatsService stats, TranslationImport imports,
                   PretranslationJob pretranslationJobs, SecurityIdentity identity, MachineSuggestions machine,
                   MachinePretranslation machinePretranslation) {
        this.stats = stats;
        this.replacer = replacer;
        this.translations = translations;
        this.history = history;
        this.exports = exports;
        this.imports = imports;
        this.pretranslationJobs = pretranslationJobs;
        this.identity = identity;
        this.machine = machine;
        this.machinePretranslation = machinePretranslation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a target language (BCP 47 tag); every segment starts as NEW")
    public Response addLanguage(@RestPath long id, LanguageBody body) {
        LanguageProgress added = translations.addLanguage(id, body == null ? null : body.language(),
                Actor.of(identity));
        return Response.created(URI.create("/api/documents/" + id + "/languages/" + added.language()))
                .entity(added).build();
    }

    @GET
    @Operation(summary = "The document's target languages with progress by words")
    public List<LanguageProgress> languages(@RestPath long id) {
        return translations.progress(id);
    }

    @GET
    @Path("{lang}/translations")
    @Operation(summary = "Every segment's translation in this language, in document order")
    public List<SavedTranslation> translations(@RestPath long id, @RestPath String lang) {
        return translations.translations(id, lang);
    }

    @PUT
    @Path("{lang}/translations/{segmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a translation; 409 with the current text and version when yours is stale")
    public SavedTranslation save(@RestPath long id, @RestPath String lang, @RestPath long segmentId, SaveBody body) {
        if (body == null) {
            throw new InvalidInputException("Send a JSON body with text, status and version.");
        }
        return translations.saveTranslation(new SaveRequest(id, lang, segmentId, body.text(), body.status(),
                body.version(), body.comment(), body.qaOverride()), Actor.of(identity));
    }

    @GET
    @Path("{lang}/translations/{segmentId}/revisions")
    @Operation(summary = "Every save of one segment, oldest first: version, text, status, user, at (and comment)")
    public List<RevisionView> revisions(@RestPath long id, @RestPath String lang, @RestPath long segmentId) {
        return history.revisions(id, lang, segmentId);
    }

    @POST
    @Path("{lang}/translations/{segmentId}/revisions/{version}/revert")
    @Operation(summary = "Make an earlier revision's text current again; the revert is itself a new revision")
    public SavedTranslation revert(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                                   @RestPath int version) {
        return history.revert(id, lang, segmentId, version, Actor.of(identity));
    }

    @POST
    @Path("{lang}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search and replace in the target texts: {find, replace, regex?, statuses?, preview?} →"
            + " the affected segments [{segmentId, ordinal, status, before, after, version}]; one transaction,"
            + " each change a revision; with async=true as a background job committing 200 segments at a time:"
            + " 202 and the job, Location /api/jobs/{id}")
    @APIResponse(responseCode = "200", description = "The changed segments (without async)",
            content = @Content(schema = @Schema(implementation = Replacement[].class)))
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response replace(@RestPath long id, @RestPath String lang, @RestQuery boolean async, ReplaceRequest body) {
        if (body == null) {
            throw new InvalidInputException("Send a JSON body with find and replace.");
        }
        if (async) {
            return JobResponses.accepted(replaceJobs.submit(id, lang, body, Actor.of(identity)));
        }
        return Response.ok(replacer.replace(id, lang, body, Actor.of(identity))).build();
    }

    @GET
    @Path("{lang}/stats")
    @Operation(summary = "Words per status, per translator (words translated, saves, words per active hour) and"
            + " words translated per hour")
    public DocumentStats stats(@RestPath long id, @RestPath String lang) {
        return stats.stats(id, lang);
    }

    @GET
    @Path("{lang}/export")
    @Produces({"text/plain", "text/markdown", "application/xliff+xml", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the translation as txt, md, html, xliff (2.1) or xliff12; 409 unless finished or"
            + " partial=true; with async=true as a background job: 202 and the job, Location /api/jobs/{id}, whose"
            + " result names the download, GET /api/jobs/{id}/download")
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Response export(@RestPath long id, @RestPath String lang, @RestQuery String format,
                           @RestQuery boolean partial, @RestQuery boolean async) {
        if (async) {
            return JobResponses.accepted(exportJobs.submit(id, lang, format == null ? "txt" : format, partial,
                    Actor.of(identity)));
        }
        return ExportResponses.of(exports.export(id, lang, format == null ? "txt" : format, partial));
    }

    @POST
    @Path("{lang}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Apply the targets of an XLIFF 1.2 or 2.x file translated elsewhere (multipart 'file'):"
            + " {applied, unchanged, unknown, unknownIds, conflicts}; Verso edits newer than the file are not overwritten")
    public TranslationImportReport importFile(@RestPath long id, @RestPath String lang, @RestForm FileUpload file) {
        return imports.importUpload(id, lang, file, Actor.of(identity));
    }

    @GET
    @Path("{lang}/matches/{segmentId}")
    @Operation(summary = "Translation memory matches for one segment, best first (101% = same text and context), "
            + "then one machine translation per engine offering the pair (origin \"mt:<provider>\", score 0); "
            + "mt=false leaves those out")
    public List<MemoryMatch> matches(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                                     @RestQuery @DefaultValue("5") int limit,
                                     @RestQuery @DefaultValue("70") int threshold,
                                     @RestQuery @DefaultValue("true") boolean mt) {
        return mt ? machine.matchesWithMachine(id, lang, segmentId, limit, threshold)
                : translations.matches(id, lang, segmentId, limit, threshold);
    }

    @GET
    @Path("{lang}/analysis")
    @Operation(summary = "Match analysis: segments, words and weighted words per memory match band")
    public MatchAnalysis analysis(@RestPath long id, @RestPath String lang) {
        return translations.analysis(id, lang);
    }

    @POST
    @Path("{lang}/pretranslate")
    @Operation(summary = "Fill NEW segments from 101% (as TRANSLATED) and 100% (as FUZZY) memory matches; with "
            + "mt=true then the NEW segments left by machine translation (as FUZZY, band \"MT\"); 503 when no "
            + "engine answers for the pair; with async=true as a background job: 202 and the job, "
            + "Location /api/jobs/{id}")
    @APIResponse(responseCode = "200", description = "What was filled (without async)",
            content = @Content(schema = @Schema(implementation = PretranslationResult.class)))
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response pretranslate(@RestPath long id, @RestPath String lang, @RestQuery boolean mt,
                                 @RestQuery boolean async) {
        if (async) {
            return JobResponses.accepted(pretranslationJobs.submit(id, lang, mt, Actor.of(identity)));
        }
        return Response.ok(mt ? machinePretranslation.pretranslate(id, lang, Actor.of(identity), done -> { })
                : translations.pretranslate(id, lang, Actor.of(identity))).build();
    }

    @GET
    @Path("{lang}/qa")
    @Operation(summary = "Quality-check findings on the current translations: [{segmentId, check, severity, message}];"
            + " with async=true as a background job whose result counts findings per severity and check: 202 and"
            + " the job, Location /api/jobs/{id}")
    @APIResponse(responseCode = "200", description = "The findings (without async)",
            content = @Content(schema = @Schema(implementation = QaFinding[].class)))
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response qa(@RestPath long id, @RestPath String lang, @RestQuery boolean async) {
        if (async) {
            return JobResponses.accepted(qualityJobs.submit(id, lang, Actor.of(identity)));
        }
        return Response.ok(translations.qualityReport(id, lang)).build();
    }
}
