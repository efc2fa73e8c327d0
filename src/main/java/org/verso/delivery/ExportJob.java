package org.verso.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verso.job.JobContext;
import org.verso.job.JobHandler;
import org.verso.job.JobResults;
import org.verso.job.JobService;
import org.verso.job.JobView;
import org.verso.account.Actor;

/**
 * A document export (txt, md, html, XLIFF) as a background job: the same file the download gives, written to
 * {@code verso.jobs.result-dir} and fetched from {@code GET /api/jobs/{id}/download}. The writers build the file
 * whole, as the download does, so progress moves from none to every segment once it is on disk. Writing it again
 * is harmless, so a crash queues the job again.
 */
@ApplicationScoped
public class ExportJob implements JobHandler<ExportJob.Parameters> {

    static final String KIND = "export";

    /** {@code fillTargets}: "source" or null (jobs queued before it existed read as null). */
    record Parameters(long documentId, String language, String format, boolean partial, String fillTargets) {
    }

    private final ExportService exports;
    private final JobService jobs;
    private final JobResults results;

    ExportJob(ExportService exports, JobService jobs, JobResults results) {
        this.exports = exports;
        this.jobs = jobs;
        this.results = results;
    }

    /** Checks format, language and (unless partial) that every segment is approved before anything is queued. */
    public JobView submit(long documentId, String languageTag, String format, boolean partial, String fillTargets,
                          Actor actor) {
        ExportService.Checked checked = exports.check(documentId, languageTag, format, partial, fillTargets);
        return jobs.submit(KIND, actor.username(), new Parameters(documentId, checked.language(),
                checked.format().id(), partial, checked.fillTargets() ? "source" : null));
    }

    @Override
    public boolean writesFile() {
        return true;
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
        return "Export document " + parameters.documentId() + " ("
                + parameters.language() + ") as " + parameters.format();
    }

    @Override
    public Object run(JobContext context, Parameters p) throws IOException {
        long documentId = p.documentId();
        ExportService.Checked checked = exports.check(documentId, p.language(),
                p.format(), p.partial(), p.fillTargets());
        context.progress(0, checked.translatable(), "Writing " + checked.translatable() + " segments");
        ExportFile file = exports.export(documentId, checked);
        Path target = results.create(context.id());
        try {
            Files.write(target, file.content());
        } catch (IOException | RuntimeException e) {
            results.delete(context.id());
            throw e;
        }
        context.progress(checked.translatable(), checked.translatable(), "Wrote " + file.fileName());
        return results.written(context.id(), file.fileName(), file.mediaType(), checked.translatable());
    }

    @Override
    public String resultUrl(Parameters parameters) {
        return "/documents/" + parameters.documentId();
    }

    @Override
    public List<String> describe(JsonNode result) {
        return List.of(result.path("fileName").asText() + ": " + result.path("bytes").asLong() + " bytes, "
                + result.path("units").asLong() + " segments.");
    }

    @Override
    public boolean rerunAfterCrash() {
        return true;
    }
}
