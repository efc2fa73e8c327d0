package org.verso.replace;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.verso.document.DocumentService;
import org.verso.failure.InvalidInputException;
import org.verso.job.JobContext;
import org.verso.job.JobHandler;
import org.verso.job.JobService;
import org.verso.job.JobView;
import org.verso.job.JobsConfig;
import org.verso.account.Actor;
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

    /** The request, where it applies, and the roles of the person who asked (the job saves as them). */
    record Parameters(long documentId, String language, String find, String replace, boolean regex,
                      List<String> statuses, Set<String> roles) {
    }

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
            throw new InvalidInputException("A preview saves nothing and answers at once; ask for it without async.");
        }
        replacer.plan(request, actor);
        return jobs.submit(KIND, actor.username(), new Parameters(documentId, language, request.find(),
                request.replace(), Boolean.TRUE.equals(request.regex()),
                request.statuses() == null ? List.of() : request.statuses(), new TreeSet<>(actor.roles())));
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
        ReplaceService.Plan plan = replacer.plan(new ReplaceRequest(p.find(),
                p.replace(), p.regex(), p.statuses(), false), actor);
        List<Long> scope = replacer.scope(documentId, language, plan);
        List<Replacement> saved = new ArrayList<>();
        context.progress(0, scope.size(), "Looking at " + scope.size() + " segments");
        for (int from = 0; from < scope.size(); from += BATCH) {
            int to = Math.min(scope.size(), from + BATCH);
            saved.addAll(replacer.replaceBatch(documentId, language, plan, scope.subList(from, to), actor));
            if (!context.progress(to, scope.size(), "Looked at " + to + " of " + scope.size() + " segments, replaced in "
                    + saved.size())) {
                break;
            }
        }
        return saved;
    }

    @Override
    public String resultUrl(Parameters parameters) {
        return "/documents/" + parameters.documentId() + "/" + parameters.language();
    }

    @Override
    public List<String> describe(JsonNode result) {
        return List.of("Replaced in " + result.size() + " segments; each change is a revision in the segment's "
                + "history.");
    }
}
