package org.verso.job;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A job for tests that takes one step per permit the test hands out, so a test decides exactly where a running job
 * is when it cancels it. Waits at most a minute per step, so a failing test cannot hang the suite.
 */
@ApplicationScoped
public class SteppingJob implements JobHandler<JsonNode> {

    static final String KIND = "test-steps";
    static final Semaphore STEPS = new Semaphore(0);

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
        return "Test steps";
    }

    @Override
    public Object run(JobContext context, JsonNode parameters) throws InterruptedException {
        int steps = parameters.path("steps").asInt();
        int done = 0;
        if (context.progress(0, steps, "Waiting for the first step")) {
            while (done < steps) {
                if (!STEPS.tryAcquire(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never released a step");
                }
                done++;
                if (!context.progress(done, steps, "Step " + done)) {
                    break;
                }
            }
        }
        return Map.of("steps", done);
    }

    @Override
    public String resultUrl(JsonNode parameters) {
        return "/jobs";
    }

    @Override
    public List<String> describe(JsonNode result) {
        return List.of(result.path("steps").asInt() + " steps taken");
    }
}
