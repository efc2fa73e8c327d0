package org.verso.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.verso.failure.TooManyException;

/**
 * The job table, each method one short transaction. Every state change is a conditional UPDATE on the state the
 * change starts from, so two instances (or a cancel racing a finish) can never both move the same job.
 */
@ApplicationScoped
public class JobStore {

    /** Queued jobs one claim attempt looks at; if others win all of them, the next poll tries again. */
    private static final int CLAIM_CANDIDATES = 8;

    /** A job taken back from an instance that stopped, and what became of it. */
    record Recovered(long id, String kind, String parameters, JobState state) {
    }

    /**
     * Queues a job, unless its owner already has {@code maxOpen} jobs of the {@code counted} kinds queued or running:
     * then 429, nothing stored.
     */
    @Transactional
    public Job create(String kind, String owner, String parameters, int maxOpen, Collection<String> counted) {
        long open = Job.count("owner = ?1 and state in ?2 and kind in ?3", owner, List.of(JobState.QUEUED.label(),
                JobState.RUNNING.label()), counted);
        if (open >= maxOpen) {
            throw new TooManyException(ErrJob.class, m -> m.youBackgroundJobsQueued(open));
        }
        return create(kind, owner, parameters);
    }

    /** The owner's finished jobs that may still have a file (finished within the retention period). */
    @Transactional
    public List<Long> finishedSince(String owner, Instant since) {
        return Job.<Job>list("owner = ?1 and state = ?2 and finishedAt >= ?3", owner, JobState.DONE.label(), since)
                .stream().map(job -> job.id).toList();
    }

    @Transactional
    public Job create(String kind, String owner, String parameters) {
        Job job = new Job();
        job.kind = kind;
        job.owner = owner;
        job.parameters = parameters;
        job.state = JobState.QUEUED.label();
        job.message = "Waiting for a free worker";
        job.createdAt = Instant.now();
        job.persist();
        return job;
    }

    /**
     * Takes the oldest queued job of one of {@code kinds} for {@code instance}. The UPDATE only succeeds while the
     * job is still queued; the database locks the row for the first writer and the second one, once the first
     * commits, finds the state changed and updates nothing. So exactly one instance wins, on H2 and PostgreSQL
     * alike, without a dialect-specific {@code SKIP LOCKED}.
     */
    @Transactional
    public Optional<Long> claimNext(String instance, Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        List<Long> candidates = Job.find("select id from Job where state = ?1 and kind in ?2 order by id",
                JobState.QUEUED.label(), kinds).project(Long.class).page(0, CLAIM_CANDIDATES).list();
        Instant now = Instant.now();
        for (Long id : candidates) {
            int won = Job.update("state = ?1, claimedBy = ?2, startedAt = ?3, heartbeatAt = ?3, "
                            + "message = 'Started' where id = ?4 and state = ?5",
                    JobState.RUNNING.label(), instance, now, id, JobState.QUEUED.label());
            if (won == 1) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * Records progress of a running job and answers whether a cancel was asked for. Its own transaction, also when
     * the job calls it from inside one (a pre-translation is a single transaction), so the progress shows at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean progress(long id, long done, long total, String message) {
        Job.update("done = ?1, total = ?2, message = ?3, heartbeatAt = ?4 where id = ?5 and state = ?6",
                done, total, message, Instant.now(), id, JobState.RUNNING.label());
        return Job.find("select cancelRequested from Job where id = ?1", id).project(Boolean.class)
                .firstResultOptional().orElse(Boolean.TRUE);
    }

    /** Ends a running job; false when it was no longer running (taken back after a stale heartbeat). */
    @Transactional
    public boolean finish(long id, JobState state, String message, String result, String resultUrl, String error) {
        if (!JobState.RUNNING.canMoveTo(state) || state == JobState.QUEUED) {
            throw new IllegalArgumentException("A running job cannot end as " + state);
        }
        return Job.update("state = ?1, message = ?2, result = ?3, resultUrl = ?4, error = ?5, finishedAt = ?6, "
                        + "heartbeatAt = ?6 where id = ?7 and state = ?8",
                state.label(), message, result, resultUrl, clip(error), Instant.now(), id,
                JobState.RUNNING.label()) == 1;
    }

    /**
     * Cancels a queued job at once; marks a running one so it stops at its next batch boundary. Answers the state
     * after the request, or empty when the job is gone.
     */
    @Transactional
    public Optional<Job> requestCancel(long id) {
        Instant now = Instant.now();
        Job.update("state = ?1, message = 'Cancelled before it started', finishedAt = ?2 where id = ?3 and state = ?4",
                JobState.CANCELLED.label(), now, id, JobState.QUEUED.label());
        Job.update("cancelRequested = true, message = 'Stopping at the next batch' where id = ?1 and state = ?2",
                id, JobState.RUNNING.label());
        return find(id);
    }

    /** Keeps this instance's running jobs from looking abandoned. */
    @Transactional
    public void heartbeat(String instance, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            Job.update("heartbeatAt = ?1 where id in ?2 and claimedBy = ?3 and state = ?4", Instant.now(), ids,
                    instance, JobState.RUNNING.label());
        }
    }

    /**
     * Takes back running jobs whose instance stopped: those claimed under {@code ownInstance} (this instance has just
     * started, so whatever it ran before is dead; null skips that) and any whose heartbeat is older than
     * {@code staleBefore}. Kinds in {@code rerunKinds} go back to the queue; the others fail, saying how far they got.
     */
    @Transactional
    public List<Recovered> recover(String ownInstance, Instant staleBefore, Set<String> rerunKinds) {
        List<Job> abandoned = Job.list("state = ?1 and (claimedBy = ?2 or heartbeatAt < ?3)",
                JobState.RUNNING.label(), ownInstance == null ? "" : ownInstance, staleBefore);
        List<Recovered> recovered = new ArrayList<>();
        Instant now = Instant.now();
        for (Job job : abandoned) {
            boolean rerun = rerunKinds.contains(job.kind) && !job.cancelRequested;
            int moved = rerun
                    ? Job.update("state = ?1, claimedBy = null, startedAt = null, heartbeatAt = null, done = 0, "
                            + "message = 'Queued again: the instance running it stopped' where id = ?2 and state = ?3 "
                            + "and claimedBy = ?4", JobState.QUEUED.label(), job.id, JobState.RUNNING.label(),
                            job.claimedBy)
                    : Job.update("state = ?1, finishedAt = ?2, message = 'Interrupted', error = ?3 where id = ?4 "
                            + "and state = ?5 and claimedBy = ?6", JobState.FAILED.label(), now,
                            interrupted(job), job.id, JobState.RUNNING.label(), job.claimedBy);
            if (moved == 1) {
                recovered.add(new Recovered(job.id, job.kind, job.parameters,
                        rerun ? JobState.QUEUED : JobState.FAILED));
            }
        }
        return recovered;
    }

    private static String interrupted(Job job) {
        return "The instance running this job (" + job.claimedBy + ") stopped after " + job.done + " of "
                + job.total + " units, by a restart or a crash. What it committed stays; start it again to go on.";
    }

    @Transactional
    public Optional<Job> find(long id) {
        Optional<Job> job = Job.findByIdOptional(id);
        job.ifPresent(Job.getEntityManager()::detach);
        return job;
    }

    /** The newest jobs, of one owner or (null) of everyone. */
    @Transactional
    public List<Job> recent(String owner, int limit) {
        return owner == null ? Job.find("order by id desc").page(0, limit).list()
                : Job.find("owner = ?1 order by id desc", owner).page(0, limit).list();
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "…";
    }
}
