package org.verso.translation;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Actor;
import org.verso.account.Role;
import org.verso.failure.InvalidInputException;

/** Target languages of one document, their translations, saves and history. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class TranslationApi {

    /** The language, and optionally its task: usernames with the language assigned, an ISO-8601 due instant, a priority. */
    record LanguageBody(@Schema(required = true, description = "BCP 47 tag") String language,
                        @Schema(description = "Username of the translator (must have the language assigned)") String translator,
                        @Schema(description = "Username of the reviewer (must have the language assigned)") String reviewer,
                        @Schema(description = "ISO-8601 instant, e.g. 2026-12-07T14:00:00Z; a past one is allowed (overdue)") String due,
                        @Schema(enumeration = {"breaking", "normal", "low"}, description = "normal when left out") String priority) {
    }

    /**
     * A save; {@code version} is the one last read, {@code comment} optional (a reviewer's reason), {@code qaOverride}
     * the reason to approve despite quality-check errors.
     */
    record SaveBody(String text,
                    @Schema(required = true, enumeration = {"NEW", "DRAFT", "FUZZY", "TRANSLATED", "REJECTED", "APPROVED"}) String status,
                    @Schema(required = true) Integer version, String comment, String qaOverride,
                    @Schema(description = "For a catalog's plural unit: one form per CLDR category of the language "
                            + "(one, few, many, other…); takes the place of text") Map<String, String> forms) {
    }

    private final TranslationService translations;
    private final RevisionService history;
    private final SecurityIdentity identity;

    TranslationApi(TranslationService translations, RevisionService history, SecurityIdentity identity) {
        this.translations = translations;
        this.history = history;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addLanguage",
            summary = "Add a target language (BCP 47 tag); every segment starts as NEW")
    @APIResponse(responseCode = "201", description = "The new target language with its progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LanguageProgress.class)))
    @APIResponse(responseCode = "400", description = "Not a language tag, or an assignee without the language")
    @APIResponse(responseCode = "409", description = "The document is already translated into this language")
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response addLanguage(@RestPath long id, LanguageBody body) {
        LanguageProgress added = translations.addLanguage(id, body == null ? null : body.language(),
                body == null ? TaskFields.NONE : new TaskFields(body.translator(), body.reviewer(), body.due(),
                        body.priority()), Actor.of(identity));
        return Response.created(URI.create("/api/documents/" + id + "/languages/" + added.language()))
                .entity(added).build();
    }

    @GET
    @Operation(operationId = "listLanguages",
            summary = "The document's target languages with progress by words")
    public List<LanguageProgress> languages(@RestPath long id) {
        return translations.progress(id);
    }

    @GET
    @Path("{lang}/translations")
    @Operation(operationId = "listTranslations",
            summary = "Every segment's translation in this language, in document order")
    public List<SavedTranslation> translations(@RestPath long id, @RestPath String lang) {
        return translations.translations(id, lang);
    }

    @PUT
    @Path("{lang}/translations/{segmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveTranslation",
            summary = "Save a translation; 409 with the current text and version when yours is stale")
    @APIResponse(responseCode = "200", description = "The saved translation with its new version and quality findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedTranslation.class)))
    @APIResponse(responseCode = "409", description = "Stale version (the problem holds the current text and version), or an approved segment "
            + "a translator may not change")
    public SavedTranslation save(@RestPath long id, @RestPath String lang, @RestPath long segmentId, SaveBody body) {
        if (body == null) {
            throw new InvalidInputException(ErrTranslation.class, m -> m.sendJsonBodyText());
        }
        String text = body.forms() == null ? body.text() : PluralForms.encode(body.forms());
        return translations.saveTranslation(new SaveRequest(id, lang, segmentId, text, body.status(),
                body.version(), body.comment(), body.qaOverride()), Actor.of(identity));
    }

    @GET
    @Path("{lang}/translations/{segmentId}/revisions")
    @Operation(operationId = "listRevisions",
            summary = "Every save of one segment, oldest first: version, text, status, user, at (and comment)")
    public List<RevisionView> revisions(@RestPath long id, @RestPath String lang, @RestPath long segmentId) {
        return history.revisions(id, lang, segmentId);
    }

    @POST
    @Path("{lang}/translations/{segmentId}/revisions/{version}/revert")
    @Operation(operationId = "revertTranslation",
            summary = "Make an earlier revision's text current again; the revert is itself a new revision")
    @APIResponse(responseCode = "200", description = "The saved translation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedTranslation.class)))
    @APIResponse(responseCode = "409", description = "The translation changed meanwhile, or the step is not allowed for your role")
    public SavedTranslation revert(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                                   @RestPath int version) {
        return history.revert(id, lang, segmentId, version, Actor.of(identity));
    }

}
