package org.verso.replace;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.failure.InvalidInputException;
import org.verso.job.JobContext;
import org.verso.job.JobHandler;
import org.verso.job.JobService;
import org.verso.job.JobView;
import org.verso.job.JobsConfig;
import org.verso.translation.TranslationService;

/**
 * A search and replace as a background job: the same plan as the synchronous call, committed in batches of
 * {@value #BATCH} segments, each batch one transaction whose changes are revisions in the name of the person who
 * started the job. A cancel stops at the next batch boundary; the batches already committed stay, each change
 * with its revision, so a person undoes them with the reverse replace or by reverting revisions. A crash fails
 * the job rather than running it again: a replace whose replacement contains what it finds is not idempotent.
 */
@ApplicationScoped
public class ReplaceJob implements JobHandler<ReplaceJob.Parameters> {

    static final String KIND = "replace";

    /** Segments per transaction: short enough that people saving meanwhile never wait long on a locked row. */
    static final int BATCH = 200;

    /**
     * The request, where it applies, and the roles of the person who asked (the job saves as them); {@code qaOverride}
     * is absent from jobs queued before it existed, which then leave out approvals the checks would stop.
     */
    record Parameters(long documentId, String language, String find, String replace, boolean regex,
                      List<String> statuses, Set<String> roles, String qaOverride) {
    }

    /** At most this many segments left out are named one by one on the job page; the result lists them all. */
    static final int LEFT_OUT_LINES = 20;

    private final ReplaceService replacer;
    private final TranslationService translations;
    private final JobService jobs;
    private final DocumentService documents;
    private final JobsConfig config;

    ReplaceJob(ReplaceService replacer, TranslationService translations, JobService jobs, DocumentService documents,
               JobsConfig config) {
        this.replacer = replacer;
        this.translations = translations;
        this.jobs = jobs;
        this.documents = documents;
        this.config = config;
    }

    /** Whether the page replaces while the person waits: small documents finish before a job page would load. */
    boolean runsInline(long documentId) {
        return documents.getDocument(documentId).segmentCount() <= config.inlineMaxSegments();
    }

    /** Checks the language, the caller's assignment and the whole request now: bad input is refused unqueued. */
    public JobView submit(long documentId, String languageTag, ReplaceRequest request, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        if (Boolean.TRUE.equals(request.preview())) {
            throw new InvalidInputException(ErrReplace.class, m -> m.previewSavesNothingAnswers());
        }
        ReplacePlan plan = ReplacePlan.of(request);
        return jobs.submit(KIND, actor.username(), new Parameters(documentId, language, request.find(),
                request.replace(), Boolean.TRUE.equals(request.regex()),
                request.statuses() == null ? List.of() : request.statuses(), new TreeSet<>(actor.roles()),
                plan.qaOverride()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Parameters> parametersType() {
        return Parameters.class;
    }

    @Override
    public String title(Parameters parameters) {
        return "Replace “" + parameters.find() + "” with “" + parameters.replace()
                + "” in document " + parameters.documentId() + " ("
                + parameters.language() + ")";
    }

    @Override
    public Object run(JobContext context, Parameters p) {
        long documentId = p.documentId();
        String language = p.language();
        Actor actor = new Actor(context.owner(), Set.copyOf(p.roles()));
        ReplacePlan plan = ReplacePlan.of(new ReplaceRequest(p.find(), p.replace(), p.regex(), p.statuses(), false,
                p.qaOverride()));
        List<Long> scope = replacer.scope(documentId, language, plan);
        List<Replacement> found = new ArrayList<>();
        int replaced = 0;
        context.progress(0, scope.size(), "Looking at " + scope.size() + " segments");
        for (int from = 0; from < scope.size(); from += BATCH) {
            int to = Math.min(scope.size(), from + BATCH);
            List<Replacement> batch = replacer.replaceBatch(documentId, language, plan, scope.subList(from, to), actor);
            found.addAll(batch);
            replaced += (int) batch.stream().filter(r -> !r.leftOut()).count();
            if (!context.progress(to, scope.size(), "Looked at " + to + " of " + scope.size()
                    + " segments, replaced in " + replaced + ", left " + (found.size() - replaced) + " unchanged")) {
                break;
            }
        }
        return found;
    }

    @Override
    public String resultUrl(Parameters parameters) {
        return "/documents/" + parameters.documentId() + "/" + parameters.language();
    }

    /** The same summary as the replace page: how many were replaced, and each one left unchanged with why. */
    @Override
    public List<String> describe(JsonNode result) {
        List<JsonNode> leftOut = new ArrayList<>();
        result.forEach(r -> {
            if (r.path("leftOut").asBoolean()) {
                leftOut.add(r);
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add("Replaced in " + (result.size() - leftOut.size()) + " segments; each change is a revision in the "
                + "segment's history." + (leftOut.isEmpty() ? "" : " Left unchanged: " + leftOut.size() + "."));
        leftOut.stream().limit(LEFT_OUT_LINES).forEach(r -> lines.add("Segment " + (r.path("ordinal").asInt() + 1)
                + " left unchanged: " + r.path("reason").asText() + errors(r.path("errors"))));
        if (leftOut.size() > LEFT_OUT_LINES) {
            lines.add("… and " + (leftOut.size() - LEFT_OUT_LINES) + " more left unchanged (see the result).");
        }
        return lines;
    }

    private static String errors(JsonNode errors) {
        List<String> messages = new ArrayList<>();
        errors.forEach(e -> messages.add(e.path("message").asText()));
        return messages.isEmpty() ? "" : " (" + String.join(" ", messages) + ")";
    }
}
