package org.verso.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.verso.failure.ConflictException;
import org.verso.failure.NotFoundException;
import org.verso.failure.TooManyException;

/** Starting, following and cancelling jobs; what features and the job pages call. */
@ApplicationScoped
public class JobService {

    /** Jobs the list shows. */
    static final int RECENT = 100;

    private final JobStore store;
    private final JobRunner runner;
    private final ObjectMapper json;
    private final JobResults results;
    private final int maxOpenPerUser;
    private final JobsConfig config;

    JobService(JobStore store, JobRunner runner, ObjectMapper json, JobResults results, JobsConfig config) {
        this.config = config;
        this.store = store;
        this.runner = runner;
        this.json = json;
        this.results = results;
        this.maxOpenPerUser = config.maxOpenPerUser();
    }

    /** Queues a job of a known kind; {@code parameters} is any record, stored as JSON for its handler. */
    public JobView submit(String kind, String owner, Object parameters) {
        if (runner.handler(kind) == null) {
            throw new IllegalArgumentException("No handler for job kind " + kind);
        }
        if (runner.handler(kind).writesFile()) {
            requireRoomFor(owner);
        }
        Job job = store.create(kind, owner, toJson(parameters), maxOpenPerUser, runner.kinds());
        runner.wake();
        return view(job);
    }

    /**
     * Queues a job Verso starts by itself after a change (a webhook delivery), inside the caller's transaction, so it
     * exists exactly when the change does. Not counted against anyone's open jobs: a follow-up must never make the
     * change it follows fail. A poller picks it up after the commit.
     */
    public long enqueue(String kind, String owner, Object parameters) {
        if (runner.handler(kind) == null) {
            throw new IllegalArgumentException("No handler for job kind " + kind);
        }
        return store.create(kind, owner, toJson(parameters)).id;
    }

    private String toJson(Object parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Job parameters must be JSON-serializable", e);
        }
    }

    public JobView view(long id, JobCaller caller) {
        return view(visible(id, caller));
    }

    public JobPage page(long id, JobCaller caller) {
        Job job = visible(id, caller);
        JobView view = view(job);
        JobHandler<?> handler = runner.handler(job.kind);
        if (handler == null) {
            return new JobPage(view, job.owner, job.kind, null, List.of(), null);
        }
        return new JobPage(view, job.owner, runner.title(handler, job.parameters), job.resultUrl,
                view.result() == null ? List.of() : handler.describe(view.result()), downloadOf(view));
    }

    /** The caller's newest jobs; an admin's list has everyone's. */
    public List<JobView> recent(JobCaller caller) {
        return store.recent(caller.admin() ? null : caller.username(), RECENT).stream().map(this::view).toList();
    }

    public List<JobPage> recentPages(JobCaller caller) {
        return store.recent(caller.admin() ? null : caller.username(), RECENT).stream().map(job -> {
            JobHandler<?> handler = runner.handler(job.kind);
            JobView view = view(job);
            return new JobPage(view, job.owner, handler == null ? job.kind : runner.title(handler, job.parameters),
                    job.resultUrl, List.of(), downloadOf(view));
        }).toList();
    }

    /** Cancels a queued job now, a running one at its next batch boundary; a finished job cannot be cancelled. */
    public JobView cancel(long id, JobCaller caller) {
        Job job = visible(id, caller);
        if (job.jobState().finished()) {
            throw new ConflictException(ErrJob.class, m -> m.jobAlreadyEndedThere(job.state));
        }
        Job after = store.requestCancel(id).orElseThrow(() -> notFound(id));
        if (after.jobState() == JobState.CANCELLED) {
            runner.release(after.kind, after.parameters);
        }
        return view(after);
    }

    /**
     * The file a finished job wrote (its result names {@code fileName} and {@code mediaType}); 404 for a job that
     * has none, is someone else's, or whose file was deleted after {@code verso.jobs.result-retention}.
     */
    public JobDownload download(long id, JobCaller caller) {
        JobView job = view(visible(id, caller));
        JsonNode result = job.result();
        if (!JobState.DONE.label().equals(job.state()) || result == null || !result.hasNonNull("download")) {
            throw new NotFoundException(ErrJob.class, m -> m.jobFileDownload(id, job.state()));
        }
        Path file = results.file(id);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException(ErrJob.class, m -> m.fileJobWasDeleted(id));
        }
        return new JobDownload(file, result.path("fileName").asText(), result.path("mediaType").asText());
    }

    /**
     * Deletes a finished job's file before its retention period ends (its owner or an admin), making room for new
     * exports; the job stays in the list without its download. 404 as {@link #download}.
     */
    public void deleteFile(long id, JobCaller caller) {
        download(id, caller);
        results.delete(id);
    }

    /**
     * 429 when the owner's finished jobs already keep {@code verso.jobs.max-stored-bytes-per-user} of files: a loop
     * of exports with {@code ?async=true} once left hundreds of megabytes behind for a week.
     */
    private void requireRoomFor(String owner) {
        long kept = results.bytesOf(store.finishedSince(owner, Instant.now().minus(config.resultRetention())));
        long max = config.maxStoredBytesPerUser().asLongValue();
        if (kept >= max) {
            throw new TooManyException(ErrJob.class, m -> m.yourFinishedJobsKeep(megabytes(kept), megabytes(max)));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** Someone else's job is as absent as a job that does not exist: its existence is nobody else's business. */
    private Job visible(long id, JobCaller caller) {
        return store.find(id).filter(caller::sees).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(ErrJob.class, m -> m.thereJobYours(id));
    }

    /** The download link of a finished job whose file is still there, else null. */
    private String downloadOf(JobView view) {
        return JobState.DONE.label().equals(view.state()) && view.result() != null
                && view.result().hasNonNull("download") && Files.isRegularFile(results.file(view.id()))
                ? view.result().path("download").asText() : null;
    }

    private JobView view(Job job) {
        return new JobView(job.id, job.kind, job.state, job.done, job.total, job.message,
                job.result == null ? null : parse(job.result), job.error, job.createdAt, job.startedAt,
                job.finishedAt);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job's stored JSON is broken", e);
        }
    }
}
