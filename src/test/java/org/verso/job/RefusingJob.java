package org.verso.job;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.verso.document.ErrDocument;
import org.verso.failure.NotFoundException;

/** A job for tests that fails at once the way a real one does when the user asked for something wrong. */
@ApplicationScoped
public class RefusingJob implements JobHandler<JsonNode> {

    static final String KIND = "test-refuses";

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
        return "Test refusal";
    }

    @Override
    public Object run(JobContext context, JsonNode parameters) {
        long document = parameters.path("document").asLong();
        throw new NotFoundException(ErrDocument.class, m -> m.thereDocument(document));
    }

    @Override
    public String resultUrl(JsonNode parameters) {
        return "/jobs";
    }

    @Override
    public List<String> describe(JsonNode result) {
        return List.of();
    }
}
