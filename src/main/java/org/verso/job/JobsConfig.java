package org.verso.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.runtime.configuration.MemorySize;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "verso.jobs")
public interface JobsConfig {

    /**
     * Jobs one person may have queued or running at once; one more is refused with 429 (a loop of plain GETs with
     * {@code ?async=true} once queued export after export without limit).
     */
    @WithDefault("10")
    int maxOpenPerUser();

    /**
     * Bytes of finished jobs' files (exports) one person may keep at once; another job that writes a file is refused
     * with 429 until older files are deleted (DELETE /api/jobs/{id}/download) or expire ({@link #resultRetention}).
     */
    @WithDefault("2G")
    MemorySize maxStoredBytesPerUser();

    /** Jobs this instance runs at the same time; more wait in the queue. */
    @WithDefault("2")
    int maxConcurrent();

    /** How often this instance looks for queued jobs and renews its heartbeat. */
    @WithDefault("1s")
    Duration pollInterval();

    /** A running job whose heartbeat is older than this belongs to an instance that died; it is taken back. */
    @WithDefault("60s")
    Duration staleAfter();

    /**
     * This instance's name in the job table; stable across restarts, so jobs it was running are taken back as soon
     * as it starts again. Defaults to host name and HTTP port.
     */
    Optional<String> instanceId();

    /**
     * Pages run work on documents up to this many segments while the person waits (pre-translation, search and
     * replace); larger documents as a job.
     */
    @WithDefault("2000")
    int inlineMaxSegments();

    /** Where uploads for background jobs wait until their job has run. */
    @WithDefault("${verso.data-dir}/job-uploads")
    String uploadDir();

    /**
     * Where jobs that produce a file (exports) write it, one file per job, served by GET /api/jobs/{id}/download.
     * Instances behind one load balancer must share it, as they share the database.
     */
    @WithDefault("${verso.data-dir}/job-results")
    String resultDir();

    /** How long a job's file is kept after it was written; older files are deleted (hourly) and cannot be downloaded. */
    @WithDefault("P7D")
    Duration resultRetention();
}
