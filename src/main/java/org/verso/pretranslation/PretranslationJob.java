package org.verso.pretranslation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.verso.document.DocumentService;
import org.verso.job.JobContext;
import org.verso.job.JobHandler;
import org.verso.job.JobService;
import org.verso.job.JobView;
import org.verso.job.JobsConfig;
import org.verso.account.Actor;
import org.verso.translation.Translation;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationStatus;

/**
 * Pre-translation of one language as a background job. It calls {@link MemoryPretranslation#pretranslate}, the same
 * use case the synchronous endpoint runs, in one transaction: it fills only NEW segments, so running it again
 * after a crash is harmless, and a job interrupted that way is queued again rather than failed. Progress is
 * reported after each batch of memory lookups (in its own short transaction, so it shows while the big one is
 * open); a cancel heard there rolls the whole pre-translation back: all or nothing.
 */
@ApplicationScoped
public class PretranslationJob implements JobHandler<PretranslationJob.Parameters> {

    static final String KIND = "pretranslate";

    /** The document and the target language to fill, and whether machine translation fills what memory cannot. */
    record Parameters(long documentId, String language, boolean mt) {
    }

    private final TranslationService translations;
    private final DocumentService documents;
    private final JobService jobs;
    private final MachinePretranslation machine;
    private final MemoryPretranslation memory;

    private final JobsConfig config;

    PretranslationJob(TranslationService translations, DocumentService documents, JobService jobs,
                      MachinePretranslation machine, MemoryPretranslation memory, JobsConfig config) {
        this.translations = translations;
        this.memory = memory;
        this.documents = documents;
        this.jobs = jobs;
        this.machine = machine;
        this.config = config;
    }

    /** Checks the document, language and the caller's assignment now, so a wrong one is refused before anything is queued. */
    public JobView submit(long documentId, String languageTag, boolean mt, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        return jobs.submit(KIND, actor.username(), new Parameters(documentId, language, mt));
    }

    /** Whether a page should run it inline: small documents finish faster than a job page would load. */
    boolean runsInline(long documentId) {
        return documents.getDocument(documentId).segmentCount() <= config.inlineMaxSegments();
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
        return "Pre-translate document " + parameters.documentId() + " into "
                + parameters.language() + " from the memory"
                + (parameters.mt() ? " and by machine" : "");
    }

    @Override
    public Object run(JobContext context, Parameters parameters) {
        long documentId = parameters.documentId();
        String language = parameters.language();
        Actor actor = new Actor(context.owner(), Set.of());
        if (parameters.mt()) {
            return byMachine(context, documentId, language, actor);
        }
        context.progress(0, 0, "Filling NEW segments from 101% and 100% memory matches");
        // Progress counts NEW segments looked up; all of them are saved in one commit once the last batch is done.
        return memory.pretranslate(documentId, language, actor, (done, total) -> context.progress(done, total,
                "Looked up " + done + " of " + total + " NEW segments; nothing is saved until all are done"));
    }

    /**
     * Memory, then the engine, reporting each source text the engine has done; a cancel stops it before the
     * machine translations are filled (the memory matches stay, and what the engine did is cached for a rerun).
     */
    private PretranslationResult byMachine(JobContext context, long documentId, String language, Actor actor) {
        long total = Translation.count("documentId = ?1 and language = ?2 and status = ?3 and translatable = true",
                documentId, language, TranslationStatus.NEW);
        context.progress(0, total, "Filling from memory, then asking the machine translation engine");
        return machine.pretranslate(documentId, language, actor, done -> {
            if (!context.progress(done, Math.max(total, done), done + " texts machine-translated")) {
                throw new CancellationException("Cancelled while machine-translating; what it committed stays");
            }
        });
    }

    @Override
    public String resultUrl(Parameters parameters) {
        return "/documents/" + parameters.documentId() + "/" + parameters.language()
                + "/analysis";
    }

    @Override
    public List<String> describe(JsonNode result) {
        List<String> lines = new ArrayList<>();
        lines.add("Pre-translated " + result.path("segments").asInt() + " segments (" + result.path("words").asInt()
                + " words) from the memory.");
        result.path("bands").forEach(band -> lines.add(band.path("segments").asInt() + " × "
                + band.path("band").asText() + " as " + band.path("status").asText()));
        return lines;
    }

    @Override
    public boolean rerunAfterCrash() {
        return true;
    }
}
