package org.verso.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.verso.failure.DomainException;

/**
 * This instance's share of the job queue: a poller that claims queued jobs while fewer than
 * {@code verso.jobs.max-concurrent} run here, a fixed pool of job threads (web threads never run a job), a
 * heartbeat for the jobs it runs, and the recovery of jobs whose instance died.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobStore store;
    private final JobsConfig config;
    private final ObjectMapper json;
    private final Map<String, JobHandler<?>> handlers = new HashMap<>();
    /** The jobs running here, with their kinds. */
    private final Map<Long, String> running = new ConcurrentHashMap<>();
    private final String instance;
    private ScheduledExecutorService poller;
    private ExecutorService workers;

    @Inject
    JobRunner(JobStore store, JobsConfig config, ObjectMapper json, Instance<JobHandler<?>> all,
              @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        // Host and port: two instances on one host cannot share a port, so they never take each other's jobs back.
        this(store, config, json, all, config.instanceId().orElseGet(() -> hostName() + ":" + port));
    }

    /** A runner under an explicit instance id: tests start a second "instance" on the same database with it. */
    JobRunner(JobStore store, JobsConfig config, ObjectMapper json, Iterable<? extends JobHandler<?>> all,
              String instance) {
        this.store = store;
        this.config = config;
        this.json = json;
        all.forEach(h -> handlers.put(h.kind(), h));
        this.instance = instance;
    }

    void start(@Observes StartupEvent event) {
        recover(true);
        workers = Executors.newFixedThreadPool(config.maxConcurrent(), r -> {
            Thread thread = new Thread(r, "verso-job");
            thread.setDaemon(true);
            return thread;
        });
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "verso-job-poller");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Jobs still running here stay "running" in the table; the next start (or another instance) takes them back. */
    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
            workers.shutdownNow();
        }
    }

    /** Looks for work now rather than at the next poll, after a job was queued on this instance. */
    void wake() {
        if (poller != null && !poller.isShutdown()) {
            poller.execute(this::tick);
        }
    }

    public String instanceId() {
        return instance;
    }

    /** The kinds this instance can run. */
    Set<String> kinds() {
        return handlers.keySet();
    }

    JobHandler<?> handler(String kind) {
        return handlers.get(kind);
    }

    private void tick() {
        try {
            store.heartbeat(instance, Set.copyOf(running.keySet()));
            recover(false);
            while (running.size() < config.maxConcurrent()) {
                Optional<Long> claimed = store.claimNext(instance, claimable());
                if (claimed.isEmpty()) {
                    break;
                }
                running.put(claimed.get(), store.find(claimed.get()).map(job -> job.kind).orElse(""));
                workers.execute(() -> run(claimed.get()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Job poll failed; trying again at the next one", e);
        }
    }

    /**
     * The kinds a free thread may take now. Kinds that may hang ({@link JobHandler#mayHang}: a delivery to a webhook
     * receiver that never answers) take at most all threads but one, so an export or an import never queues behind
     * them; with a single thread they take it like any other kind.
     */
    Set<String> claimable() {
        int limit = Math.max(1, config.maxConcurrent() - 1);
        long hanging = running.values().stream().filter(kind -> handlers.containsKey(kind)
                && handlers.get(kind).mayHang()).count();
        if (hanging < limit) {
            return handlers.keySet();
        }
        return handlers.values().stream().filter(h -> !h.mayHang()).map(JobHandler::kind)
                .collect(Collectors.toSet());
    }

    /**
     * Takes back jobs of instances that stopped: at start-up also the ones this instance itself was running.
     * Jobs of kinds that may run again are queued; the others fail and release what they held.
     */
    List<JobStore.Recovered> recover(boolean startup) {
        Set<String> rerun = handlers.values().stream().filter(JobHandler::rerunAfterCrash).map(JobHandler::kind)
                .collect(Collectors.toSet());
        List<JobStore.Recovered> recovered = store.recover(startup ? instance : null,
                Instant.now().minus(config.staleAfter()), rerun);
        for (JobStore.Recovered job : recovered) {
            LOG.infof("Job %d (%s) was running on an instance that stopped; now %s", job.id(), job.kind(),
                    job.state().label());
            if (job.state() == JobState.FAILED) {
                release(job.kind(), job.parameters());
            }
        }
        return recovered;
    }

    /**
     * Runs one claimed job, then asks the poller for the next at once: waiting for the next poll capped this
     * instance at {@code max-concurrent} jobs per poll interval (2 per second), so a burst of webhook deliveries
     * queued faster than that and the queue grew without end (bench/webhook-saves.sh: 5,000 behind after 1,200
     * rejections).
     */
    private void run(long id) {
        try {
            store.find(id).ifPresent(this::run);
        } finally {
            running.remove(id);
            wake();
        }
    }

    private void run(Job job) {
        run(handlers.get(job.kind), job);
    }

    private <P> void run(JobHandler<P> handler, Job job) {
        P parameters = parameters(handler, job.parameters);
        JobContext context = new JobContext(job.id, job.owner, store);
        // One line per start: with several instances the logs together show which one ran a job, and that only one did.
        LOG.infof("Job %d (%s) started on %s", job.id, job.kind, instance);
        try {
            Object result = handler.run(context, parameters);
            String resultJson = json.writeValueAsString(result);
            if (context.cancelled()) {
                store.finish(job.id, JobState.CANCELLED, "Cancelled after " + context.reach()
                        + "; what it committed stays", resultJson,
                        handler.resultUrl(parameters), null);
            } else {
                store.finish(job.id, JobState.DONE, "Finished", resultJson, handler.resultUrl(parameters), null);
            }
        } catch (CancellationException e) {
            // A handler that cannot stop between whole batches (one engine call after another) throws on cancel.
            // The handler's message says what its cancel left behind.
            store.finish(job.id, JobState.CANCELLED, e.getMessage(), null, handler.resultUrl(parameters), null);
        } catch (DomainException e) {
            store.finish(job.id, JobState.FAILED, "Failed", null, null, e.getMessage());
        } catch (Exception | StackOverflowError e) {
            LOG.errorf(e, "Job %d (%s) failed", job.id, job.kind);
            store.finish(job.id, JobState.FAILED, "Failed", null, null,
                    "An unexpected error stopped the job; the server log has the details.");
        } finally {
            release(handler, job.parameters);
        }
    }

    /** Lets the kind free what a job that will never run (again) holds, such as its uploaded file. */
    void release(String kind, String parameters) {
        if (handlers.containsKey(kind)) {
            release(handlers.get(kind), parameters);
        }
    }

    private <P> void release(JobHandler<P> handler, String parameters) {
        try {
            handler.release(parameters(handler, parameters));
        } catch (RuntimeException e) {
            LOG.warn("Could not release what a job held", e);
        }
    }

    /** A job's title as its kind writes it, from its stored parameters. */
    <P> String title(JobHandler<P> handler, String parameters) {
        return handler.title(parameters(handler, parameters));
    }

    /** The stored parameters read into the kind's own record. */
    private <P> P parameters(JobHandler<P> handler, String text) {
        try {
            return json.readValue(text, handler.parametersType());
        } catch (Exception e) {
            throw new IllegalStateException("A job's parameters do not fit its kind " + handler.kind(), e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
