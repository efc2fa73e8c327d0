package org.verso.job;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A job for tests that only counts how often each job id was run, by any runner in this JVM. */
@ApplicationScoped
public class CountingJob implements JobHandler<JsonNode> {

    static final String KIND = "test-count";
    static final Map<Long, Integer> RUNS = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<JsonNode> parametersType() {
        return JsonNode.class;
    }

    @Override
    public String title(JsonNode parameters) {
        return "Test count";
    }

    @Override
    public Object run(JobContext context, JsonNode parameters) {
        RUNS.merge(context.id(), 1, Integer::sum);
        context.progress(1, 1, "Counted");
        return Map.of("counted", true);
    }

    @Override
    public String resultUrl(JsonNode parameters) {
        return null;
    }

    @Override
    public List<String> describe(JsonNode result) {
        return List.of();
    }
}
