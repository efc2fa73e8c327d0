package org.verso.job;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The files jobs produce (exports), one per job under {@code verso.jobs.result-dir}, named by the job's id only
 * (never by anything a person typed). A file older than {@code verso.jobs.result-retention} is deleted by an hourly
 * sweep; a job whose file is gone answers its download with 404.
 */
@ApplicationScoped
public class JobResults {

    /**
     * The result of a job that wrote a file: its name and media type, size, the units (segments, memory units) it
     * holds, and {@code download}, the URL that serves it. {@link JobService#download} reads these fields.
     */
    public record Written(String fileName, String mediaType, long bytes, long units, String download) {
    }

    private static final Logger LOG = Logger.getLogger(JobResults.class);

    private final JobsConfig config;
    private ScheduledExecutorService sweeper;

    JobResults(JobsConfig config) {
        this.config = config;
    }

    /** The result a job answers once its file is complete. */
    public Written written(long jobId, String fileName, String mediaType, long units) {
        try {
            return new Written(fileName, mediaType, Files.size(file(jobId)), units, "/api/jobs/" + jobId + "/download");
        } catch (IOException e) {
            throw new UncheckedIOException("The job's result file is gone", e);
        }
    }

    /** The file a job writes its result to; its directory exists, and a file an earlier run left is gone. */
    public Path create(long jobId) {
        try {
            Path file = file(jobId);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the job's result file", e);
        }
    }

    /** Deletes what a job wrote, for a job that stopped half-way. */
    public void delete(long jobId) {
        try {
            Files.deleteIfExists(file(jobId));
        } catch (IOException e) {
            LOG.warnf(e, "Could not delete the result file of job %d", jobId);
        }
    }

    /** The bytes these jobs' files take now (a file deleted or swept away counts nothing). */
    long bytesOf(List<Long> jobIds) {
        long total = 0;
        for (long id : jobIds) {
            try {
                total += Files.size(file(id));
            } catch (IOException gone) {
                // deleted by its owner or by the retention sweep
            }
        }
        return total;
    }

    Path file(long jobId) {
        return Path.of(config.resultDir()).resolve("job-" + jobId + ".result");
    }

    void start(@Observes StartupEvent event) {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "verso-job-results");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 0, 1, TimeUnit.HOURS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    /** Deletes result files written longer than the retention period ago; answers how many. */
    int sweep() {
        Path dir = Path.of(config.resultDir());
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        FileTime before = FileTime.from(Instant.now().minus(config.resultRetention()));
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".result")).toList()) {
                if (Files.getLastModifiedTime(file).compareTo(before) < 0 && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not sweep old job results; trying again in an hour", e);
        }
        return deleted;
    }
}
