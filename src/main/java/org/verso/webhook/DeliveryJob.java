package org.verso.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.verso.job.JobContext;
import org.verso.job.JobHandler;

/** One attempt to deliver one webhook message, on a job thread (never the thread of the save that caused it). */
@ApplicationScoped
class DeliveryJob implements JobHandler<DeliveryJob.Parameters> {

    static final String KIND = "webhook-delivery";

    record Parameters(long messageId) {
    }

    private final WebhookSender sender;

    DeliveryJob(WebhookSender sender) {
        this.sender = sender;
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
        return "Webhook delivery of message " + parameters.messageId();
    }

    @Override
    public Object run(JobContext context, Parameters parameters) {
        return Map.of("attempt", sender.send(parameters.messageId()));
    }

    @Override
    public String resultUrl(Parameters parameters) {
        return null;
    }

    @Override
    public List<String> describe(JsonNode result) {
        return List.of(result.path("attempt").asText());
    }

    /** A receiver may hold an attempt for the whole read timeout; exports and imports must not wait behind it. */
    @Override
    public boolean mayHang() {
        return true;
    }

    /** Receivers see the same webhook-id again and may ignore the repeat (Standard Webhooks: at least once). */
    @Override
    public boolean rerunAfterCrash() {
        return true;
    }
}
