package org.verso.memory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.verso.job.JobContext;
import org.verso.job.JobHandler;
import org.verso.job.JobResults;
import org.verso.job.JobService;
import org.verso.job.JobView;

/**
 * A memory pair's TMX export as a background job: the units stream from the database into a file under
 * {@code verso.jobs.result-dir}, one at a time, reporting every {@value #REPORT_EVERY} units; a cancel stops it there
 * and deletes the partial file. Writing it again is harmless, so a crash queues the job again.
 */
@ApplicationScoped
class MemoryExportJob implements JobHandler<MemoryExportJob.Parameters> {

    static final String KIND = "memory-export";

    static final int REPORT_EVERY = 5_000;

    record Parameters(String sourceLanguage, String targetLanguage) {
    }

    private final MemoryImport imports;
    private final MemoryService memory;
    private final JobService jobs;
    private final JobResults results;

    MemoryExportJob(MemoryImport imports, MemoryService memory, JobService jobs, JobResults results) {
        this.imports = imports;
        this.memory = memory;
        this.jobs = jobs;
        this.results = results;
    }

    /** Checks the language tags before anything is queued. */
    JobView submit(String sourceLanguage, String targetLanguage, String username) {
        MemoryExport.Prepared export = imports.prepareExport(sourceLanguage, targetLanguage);
        return jobs.submit(KIND, username, new Parameters(export.sourceLanguage(), export.targetLanguage()));
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
        return "Export the memory " + parameters.sourceLanguage() + " → "
                + parameters.targetLanguage() + " as TMX";
    }

    @Override
    public Object run(JobContext context, Parameters parameters) throws IOException {
        MemoryExport.Prepared export = imports.prepareExport(parameters.sourceLanguage(),
                parameters.targetLanguage());
        long total = memory.pairs().stream().filter(p -> p.sourceLanguage().equals(export.sourceLanguage())
                && p.targetLanguage().equals(export.targetLanguage())).mapToLong(PairCount::units).sum();
        context.progress(0, total, "Writing " + total + " units");
        Path file = results.create(context.id());
        long[] units = new long[1];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            export.writeTo(out, written -> {
                units[0] = written;
                if (written % REPORT_EVERY == 0 && !context.progress(written, Math.max(total, written),
                        "Wrote " + written + " of " + total + " units")) {
                    throw new CancellationException("Cancelled after " + written + " units; the partial file was "
                            + "deleted");
                }
            });
        } catch (IOException | RuntimeException e) {
            results.delete(context.id());
            throw e;
        }
        context.progress(units[0], Math.max(total, units[0]), "Wrote " + units[0] + " units");
        return results.written(context.id(), export.fileName(), "application/x-tmx+xml", units[0]);
    }

    @Override
    public String resultUrl(Parameters parameters) {
        return "/memory";
    }

    @Override
    public List<String> describe(JsonNode result) {
        return List.of(result.path("fileName").asText() + ": " + result.path("units").asLong() + " units, "
                + result.path("bytes").asLong() + " bytes.");
    }

    @Override
    public boolean rerunAfterCrash() {
        return true;
    }
}
