package org.verso.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.verso.job.JobService;

/**
 * Puts events on the way to the webhooks that want them: in the transaction of the change, one message row and one
 * background job per webhook (nothing sent, nothing slowed, nothing lost); and later, once a retry is due, the next
 * job for a message that waits.
 */
@ApplicationScoped
class WebhookQueue {

    /** The jobs' owner: no person (usernames have no parentheses), so only admins see these jobs. */
    static final String OWNER = "(webhooks)";

    private final JobService jobs;
    private final ObjectMapper json;

    WebhookQueue(JobService jobs, ObjectMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    /**
     * Queues the event for every webhook that wants it, in the Standard Webhooks body {@code {"type", "timestamp",
     * "data"}}; {@code data} is built only then, so an event nobody listens to costs one small query.
     */
    @Transactional
    void enqueue(String event, Supplier<Map<String, Object>> data) {
        List<Webhook> hooks = Webhook.<Webhook>list("events like ?1", "%" + event + "%").stream()
                .filter(h -> h.eventList().contains(event)).toList();
        if (hooks.isEmpty()) {
            return;
        }
        enqueue(hooks, event, data.get());
    }

    /** Queues the events for every webhook that wants them: one query for all of them. */
    @Transactional
    void enqueueEach(String event, Supplier<List<Map<String, Object>>> data) {
        List<Webhook> hooks = Webhook.<Webhook>list("events like ?1", "%" + event + "%").stream()
                .filter(h -> h.eventList().contains(event)).toList();
        if (!hooks.isEmpty()) {
            data.get().forEach(one -> enqueue(hooks, event, one));
        }
    }

    private void enqueue(List<Webhook> hooks, String event, Map<String, Object> data) {
        Instant now = Instant.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event);
        body.put("timestamp", now.toString());
        body.put("data", data);
        String payload = write(body);
        for (Webhook hook : hooks) {
            WebhookMessage message = new WebhookMessage();
            message.webhookId = hook.id;
            message.event = event;
            message.messageKey = "msg_" + UUID.randomUUID().toString().replace("-", "");
            message.payload = payload;
            message.state = WebhookMessage.QUEUED;
            message.createdAt = now;
            message.persist();
            jobs.enqueue(DeliveryJob.KIND, OWNER, new DeliveryJob.Parameters(message.id));
        }
    }

    /**
     * Queues the next attempt of a waiting message. The conditional update lets exactly one instance (or timer) win;
     * the others change nothing. The timer that planned the retry knows it is due ({@code anyTime}); the sweep asks
     * the row, whose time may lie a clock tick ahead of the timer's.
     */
    @Transactional
    boolean requeue(long messageId, boolean anyTime) {
        int won = anyTime
                ? WebhookMessage.update("state = ?1 where id = ?2 and state = ?3", WebhookMessage.QUEUED, messageId,
                        WebhookMessage.WAITING)
                : WebhookMessage.update("state = ?1 where id = ?2 and state = ?3 and nextAttemptAt <= ?4",
                        WebhookMessage.QUEUED, messageId, WebhookMessage.WAITING, Instant.now());
        if (won == 1) {
            jobs.enqueue(DeliveryJob.KIND, OWNER, new DeliveryJob.Parameters(messageId));
        }
        return won == 1;
    }

    /** Waiting messages whose retry is due. */
    @Transactional
    List<Long> due() {
        return WebhookMessage.find("select id from WebhookMessage where state = ?1 and nextAttemptAt <= ?2",
                WebhookMessage.WAITING, Instant.now()).project(Long.class).list();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook payload is plain data", e);
        }
    }
}
