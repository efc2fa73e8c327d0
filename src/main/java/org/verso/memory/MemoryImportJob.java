package org.verso.memory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.job.JobContext;
import org.verso.job.JobHandler;
import org.verso.job.JobService;
import org.verso.job.JobView;
import org.verso.job.JobsConfig;

/**
 * A memory import as a background job. The upload (already streamed to disk by the HTTP layer) moves into
 * {@code verso.jobs.upload-dir} so it outlives the request, and is deleted once the job ends. Batches commit
 * whole; a cancelled or interrupted import keeps them and is resumed by importing the file again, which skips
 * every unit already stored. A crash marks the job failed rather than running it again, so a file that kills
 * the process cannot do so in a loop.
 */
@ApplicationScoped
class MemoryImportJob implements JobHandler<MemoryImportJob.Parameters> {

    static final String KIND = "memory-import";

    /** What the job reads: the waiting file, its original name and the languages given with it. */
    record Parameters(String file, String name, String sourceLanguage, String targetLanguage) {
    }

    private final MemoryImport imports;
    private final JobService jobs;
    private final JobsConfig config;

    MemoryImportJob(MemoryImport imports, JobService jobs, JobsConfig config) {
        this.imports = imports;
        this.jobs = jobs;
        this.config = config;
    }

    /** Checks the upload as the synchronous import would, keeps the file and queues the job. */
    JobView submit(FileUpload file, String sourceLanguage, String targetLanguage, String username) {
        String name = imports.checkUpload(file);
        imports.checkRequest(file.uploadedFile(), sourceLanguage, targetLanguage, username);
        Path kept = keep(file.uploadedFile());
        try {
            return jobs.submit(KIND, username, new Parameters(kept.toString(), name, sourceLanguage, targetLanguage));
        } catch (RuntimeException e) {
            delete(kept);
            throw e;
        }
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
        return "Import " + parameters.name() + " into the memory";
    }

    @Override
    public Object run(JobContext context, Parameters p) {
        context.progress(0, 0, "Checking the whole file before storing anything");
        return imports.importFile(Path.of(p.file()), p.name(),
                p.sourceLanguage(), p.targetLanguage(), context.owner(),
                (done, total) -> context.progress(done, total, "Stored " + done + " of " + total + " units"));
    }

    @Override
    public String resultUrl(Parameters parameters) {
        return "/memory";
    }

    @Override
    public List<String> describe(JsonNode result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.path("imported").asLong() + " units imported, " + result.path("skipped").asLong()
                + " skipped (" + result.path("format").asText() + ").");
        result.path("pairs").forEach(pair -> lines.add(pair.path("sourceLanguage").asText() + " → "
                + pair.path("targetLanguage").asText() + ": " + pair.path("units").asLong() + " units"));
        result.path("errors").forEach(error -> lines.add("Skipped: " + error.asText()));
        return lines;
    }

    @Override
    public void release(Parameters parameters) {
        delete(Path.of(parameters.file()));
    }

    private Path keep(Path upload) {
        try {
            Path dir = Files.createDirectories(Path.of(config.uploadDir()));
            return Files.move(upload, dir.resolve("memory-" + UUID.randomUUID() + ".upload"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the upload for its job", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete a finished job's upload", e);
        }
    }
}
