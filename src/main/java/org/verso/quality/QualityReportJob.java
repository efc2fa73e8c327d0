package org.verso.quality;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verso.job.JobContext;
import org.verso.job.JobHandler;
import org.verso.job.JobService;
import org.verso.job.JobView;
import org.verso.account.Actor;
import org.verso.translation.TranslationService;

/**
 * The quality report of one language as a background job: the checks run over {@value #BATCH} segments at a time,
 * each batch one short read, and the job keeps a summary (findings per severity and per check) with a link to the
 * report page, which lists the findings themselves. It changes nothing, so after a crash it simply runs again, and
 * a cancelled one keeps the counts of the batches it checked.
 */
@ApplicationScoped
public class QualityReportJob implements JobHandler<QualityReportJob.Parameters> {

    static final String KIND = "qa-report";

    static final int BATCH = 500;

    record Parameters(long documentId, String language) {
    }

    /**
     * What the report found: {@code segments} checked, {@code findings} in all, per severity (ERROR, WARNING) and
     * per check id, and the page that lists them.
     */
    public record Summary(long documentId, String language, int segments, int findings,
                          Map<String, Integer> bySeverity, Map<String, Integer> byCheck, String reportUrl) {
    }

    private final QualityService quality;
    private final TranslationService translations;
    private final JobService jobs;

    QualityReportJob(QualityService quality, TranslationService translations, JobService jobs) {
        this.quality = quality;
        this.translations = translations;
        this.jobs = jobs;
    }

    /** Checks the document and language now, so a wrong one is refused before anything is queued. */
    public JobView submit(long documentId, String languageTag, Actor actor) {
        String language = translations.requireLanguage(documentId, languageTag);
        return jobs.submit(KIND, actor.username(), new Parameters(documentId, language));
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
        return "Quality report of document " + parameters.documentId() + " ("
                + parameters.language() + ")";
    }

    @Override
    public Object run(JobContext context, Parameters parameters) {
        long documentId = parameters.documentId();
        String language = parameters.language();
        List<Long> scope = quality.reportScope(documentId, language);
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byCheck = new TreeMap<>();
        int checked = 0;
        int findings = 0;
        context.progress(0, scope.size(), "Checking " + scope.size() + " translations");
        for (int from = 0; from < scope.size(); from += BATCH) {
            checked = Math.min(scope.size(), from + BATCH);
            for (QaFinding finding : quality.report(documentId, language, scope.subList(from, checked)).findings()) {
                findings++;
                bySeverity.merge(finding.severity(), 1, Integer::sum);
                byCheck.merge(finding.check(), 1, Integer::sum);
            }
            if (!context.progress(checked, scope.size(), findings + " findings in " + checked + " translations")) {
                break;
            }
        }
        return new Summary(documentId, language, checked, findings, bySeverity, byCheck, reportUrl(documentId,
                language));
    }

    @Override
    public String resultUrl(Parameters parameters) {
        return reportUrl(parameters.documentId(), parameters.language());
    }

    @Override
    public List<String> describe(JsonNode result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.path("findings").asInt() + " findings in " + result.path("segments").asInt()
                + " translations: " + result.path("bySeverity").path("ERROR").asInt() + " errors, "
                + result.path("bySeverity").path("WARNING").asInt() + " warnings.");
        result.path("byCheck").fields().forEachRemaining(check -> lines.add(check.getKey() + ": "
                + check.getValue().asInt()));
        return lines;
    }

    @Override
    public boolean rerunAfterCrash() {
        return true;
    }

    private static String reportUrl(long documentId, String language) {
        return "/documents/" + documentId + "/" + language + "/qa";
    }
}
