package org.verso.job;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The jobs list and a job's page: long work that runs in the background.
 * The English is in {@code messages/job_en.properties}, the translations beside it; templates say
 * {@code {job:key}}, Java {@code ui.bundle(JobMessages.class).key()}.
 */
@MessageBundle(value = "job", locale = "en")
public interface JobMessages {

    @Message
    String jobsTitle();

    @Message
    String jobsHint();

    @Message
    String job();

    @Message
    String state();

    @Message
    String progress();

    @Message
    String startedBy();

    @Message
    String queued();

    @Message
    String doneOf(long done, long total);

    @Message
    String noJobs();

    @Message
    String jobMeta(long id, String kind, String owner, String queued);

    @Message
    String state_queued();

    @Message
    String state_running();

    @Message
    String state_done();

    @Message
    String state_failed();

    @Message
    String state_cancelled();

    @Message
    String unitsDone();

    @Message
    String unitsProgress(long done, long total, int percent);

    @Message
    String rate(long rate);

    @Message
    String timeLeft(String duration);

    @Message
    String download();

    @Message
    String deleteFile();

    @Message
    String seeResult();

    @Message
    String cancelJob();

    @Message
    String refresh();
}
