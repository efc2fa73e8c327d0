package org.verso.webhook;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * One delivery attempt: checks the address again (the host is resolved now, and the connection goes to the very
 * address that was checked, so a name that changed to 127.0.0.1 since registration is refused), posts the signed
 * body with short timeouts, follows no redirect, and logs the outcome. Runs on a job thread.
 */
@ApplicationScoped
class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final DeliveryLog log;
    private final WebhookRetries retries;
    private final WebhooksConfig config;
    private final AddressPolicy policy;
    private final HttpClient client;

    WebhookSender(DeliveryLog log, WebhookRetries retries, WebhooksConfig config, Vertx vertx) {
        this.log = log;
        this.retries = retries;
        this.config = config;
        this.policy = new AddressPolicy(config.allow().orElse(null));
        // No pooled connections: each attempt connects to the address it has just checked.
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false)
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
    }

    /** Sends the message's next attempt, if it still has one; answers what happened, for the job's result. */
    String send(long messageId) {
        DeliveryLog.Outbound out = log.next(messageId);
        if (out == null) {
            return "nothing to send";
        }
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI uri = AddressPolicy.parse(out.url());
            status = post(uri, policy.resolve(uri), out);
        } catch (AddressPolicy.Refused e) {
            error = e.getMessage();
        } catch (TimeoutException e) {
            error = "No answer within " + config.readTimeout().toSeconds() + " s";
        } catch (ExecutionException e) {
            error = e.getCause() == null ? e.getMessage() : String.valueOf(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted";
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook message %d could not be sent", messageId);
            error = "Could not send: " + e.getMessage();
        }
        DeliveryLog.Outcome outcome = new DeliveryLog.Outcome(status, error,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        Instant retry = log.record(out, outcome);
        if (retry != null) {
            retries.at(messageId, retry);
        }
        return "attempt " + out.attempt() + ": " + (status != null ? "HTTP " + status : error);
    }

    private int post(URI uri, InetAddress address, DeliveryLog.Outbound out)
            throws InterruptedException, ExecutionException, TimeoutException {
        long timestamp = Instant.now().getEpochSecond();
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        long read = config.readTimeout().toMillis();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(uri.toString())
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false).setIdleTimeout(read)
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "Verso-Webhooks")
                .putHeader("webhook-id", out.key())
                .putHeader("webhook-timestamp", String.valueOf(timestamp))
                .putHeader("webhook-signature", Signature.sign(out.secret(), out.key(), timestamp, out.payload()));
        Future<Integer> answer = client.request(options).compose(request -> request.send(Buffer.buffer(out.payload()))
                .compose(response -> {
                    response.handler(ignored -> { });
                    return response.end().map(done -> response.statusCode());
                }));
        return answer.toCompletionStage().toCompletableFuture()
                .get(config.connectTimeout().toMillis() + read, TimeUnit.MILLISECONDS);
    }
}
