package org.verso.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One kind of long operation, run on a job thread. A feature package provides a CDI bean per kind; the job package
 * knows kinds only through this interface, so it depends on no feature.
 *
 * @param <P> the job's parameters: a record the kind submits, stored as JSON and read back into the same record
 *            (unknown fields are ignored, missing ones take their defaults), so a handler never re-parses its
 *            parameters field by field
 */
public interface JobHandler<P> {

    /** The stable name stored with each job, e.g. {@code memory-import}. */
    String kind();

    /** The parameters' type, for reading them back from the stored JSON. */
    Class<P> parametersType();

    /** A short human title: "Import news.tmx". */
    String title(P parameters);

    /**
     * Does the work, outside any transaction (each batch commits its own), reporting progress through the
     * context and stopping at the next batch boundary once {@link JobContext#progress} answers false. Returns the
     * summary stored as the job's result, also when it stopped early. A {@code DomainException} fails the job
     * with its message.
     */
    Object run(JobContext context, P parameters) throws Exception;

    /** Whether the job writes a file ({@link JobResults}); such jobs count against the owner's stored bytes. */
    default boolean writesFile() {
        return false;
    }

    /** Where a person sees what the job produced, or null. */
    String resultUrl(P parameters);

    /** The result in a few readable lines for the job page. */
    List<String> describe(JsonNode result);

    /**
     * True for a kind whose run may wait a long time on something outside Verso (a webhook receiver that never
     * answers): such jobs take at most all job threads but one, so other kinds never queue behind them.
     */
    default boolean mayHang() {
        return false;
    }

    /**
     * Whether a job of this kind that was running on an instance that died may simply run again (it is
     * idempotent); otherwise it is marked failed.
     */
    default boolean rerunAfterCrash() {
        return false;
    }

    /** Frees what a job holds (an uploaded file) once it is finished for good. */
    default void release(P parameters) {
    }
}
