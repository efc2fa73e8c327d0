package org.verso.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationsChanged;

/**
 * Hands every change to the people who have the same document and language open. Saves are passed on only after
 * their transaction committed. With PostgreSQL the event travels through LISTEN/NOTIFY ({@link PgRelay}), so
 * every instance sharing the database (this one included) delivers it; otherwise it stays in this process.
 */
@ApplicationScoped
public class LiveHub {

    /** Not an event: a ping that found the subscriber's session ended; the stream stops there. */
    private static final LiveEvent ENDED = LiveEvent.ping(-1, "");
    /**
     * Events one stream may fall behind by before it is ended (its browser then reconnects). Without a buffer of its
     * own a stream that did not keep up was dropped by the broadcast without a word (bench/streams.sh: 493 of 500
     * streams on the document being saved).
     */
    private static final int BEHIND = 1024;
    /** Segment ids one "changed" event names: about 2,000 bytes of JSON, well inside a PostgreSQL notification. */
    static final int PER_EVENT = 200;

    private final BroadcastProcessor<LiveEvent> local = BroadcastProcessor.create();
    private final PgRelay relay;
    private final TranslationService translations;
    private final DocumentService documents;

    private final Duration ping;

    LiveHub(DataSource dataSource, ObjectMapper json, TranslationService translations, DocumentService documents,
            @ConfigProperty(name = "verso.live.ping-interval", defaultValue = "PT25S") Duration ping) {
        this.ping = ping;
        this.relay = new PgRelay(dataSource, json);
        this.translations = translations;
        this.documents = documents;
    }

    /**
     * The stream of a document's language, after checking it exists. The check runs in a transaction that ends
     * before the stream starts, so the database connection goes back to the pool at once: a stream stays open for
     * hours. Never {@code @Transactional} on this method: for a method answering a {@code Multi}, the interceptor
     * keeps the transaction, and the connection it holds, until the stream ends (50 open editors emptied the pool).
     */
    public Multi<LiveEvent> open(long documentId, String languageTag, BooleanSupplier signedIn) {
        String language = QuarkusTransaction.requiringNew().call(() -> translations.requireLanguage(documentId,
                languageTag));
        return withPings(subscribe(e -> e.concerns(documentId, language) && !e.type().equals(LiveEvent.TASK)),
                documentId, language, signedIn);
    }

    /**
     * The saves of every target language of a document, for its overview page's progress bars (no presence: that
     * page has no segment open). The check in a transaction of its own that ends first, as {@link #open}.
     */
    public Multi<LiveEvent> openDocument(long documentId, BooleanSupplier signedIn) {
        // 404 for a document that does not exist
        QuarkusTransaction.requiringNew().run(() -> documents.getDocument(documentId));
        Multi<LiveEvent> saves = subscribe(e -> e.documentId() == documentId
                && (e.type().equals("saved") || e.type().equals("changed")))
                .map(LiveEvent::withoutText);
        return withPings(saves, documentId, "", signedIn);
    }

    /**
     * What the desk page follows: every save of every document (without text) and every task change ("task"), so its
     * matrix reloads when a stage, an assignee or a progress bar moves. No check to make first: the resource admits
     * editors and admins only.
     */
    public Multi<LiveEvent> openDesk(BooleanSupplier signedIn) {
        Multi<LiveEvent> changes = subscribe(e -> e.type().equals("saved") || e.type().equals("changed")
                || e.type().equals(LiveEvent.TASK)).map(LiveEvent::withoutText);
        return withPings(changes, 0, "", signedIn);
    }

    /**
     * One person's notices changing (added, read), for the bell on each of their pages. Events name only whose
     * notices changed; the page fetches its count itself, under its own session.
     */
    public Multi<LiveEvent> openNotices(String username, BooleanSupplier signedIn) {
        return withPings(subscribe(e -> e.type().equals(LiveEvent.NOTICES) && username.equals(e.user())), 0, "",
                signedIn);
    }

    /**
     * Tells the others that {@code actor} entered or left a segment. Only someone who may edit the language says
     * they are editing it (a translator of another language gets 403, as for a save), and only about a segment of
     * this document (404 otherwise), so nobody can paint "is editing" marks on documents they do not work on.
     * The body is checked after the permission, so a refusal never depends on what was sent. No transaction: the
     * checks only read, and the event leaves at once, as a save's does after its commit.
     */
    public void announce(Actor actor, long documentId, String languageTag, Long segmentId, boolean editing) {
        String language = translations.requireLanguage(documentId, languageTag);
        TranslationService.requireAssigned(actor, language);
        if (segmentId == null) {
            throw new InvalidInputException(ErrLive.class, m -> m.sendEditing());
        }
        if (documents.segments(documentId, List.of(segmentId)).isEmpty()) {
            throw new NotFoundException(ErrCommon.class, m -> m.documentSegment(documentId, segmentId));
        }
        publish(LiveEvent.editing(documentId, language, segmentId, actor.username(), editing));
    }

    void start(@Observes StartupEvent started, DataSource dataSource) {
        if (PgRelay.supported(dataSource)) {
            relay.listen(this::deliver);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        relay.close();
    }

    /**
     * Every change of the write path, once committed: one segment as a "saved" event with its text, a batch as
     * "changed" events naming {@value #PER_EVENT} segments each (a PostgreSQL notification holds 8,000 bytes).
     */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranslationsChanged changed) {
        String origin = changed.origin().name();
        if (changed.items().size() == 1) {
            TranslationsChanged.Item item = changed.items().get(0);
            publish(new LiveEvent("saved", changed.documentId(), changed.language(), item.segmentId(), item.text(),
                    item.status().name(), item.version(), changed.user(), changed.at(), origin, null));
            return;
        }
        List<Long> ids = changed.items().stream().map(TranslationsChanged.Item::segmentId).toList();
        for (int from = 0; from < ids.size(); from += PER_EVENT) {
            publish(new LiveEvent("changed", changed.documentId(), changed.language(), 0, null, null, null,
                    changed.user(), changed.at(), origin, ids.subList(from, Math.min(ids.size(), from + PER_EVENT))));
        }
    }

    /** To every instance: through PostgreSQL when it carries events, else straight to this one's listeners. */
    public void publish(LiveEvent event) {
        if (!relay.send(event)) {
            deliver(event);
        }
    }

    /** To this instance's listeners; {@link PgRelay} calls it for what arrives from the database. */
    synchronized void deliver(LiveEvent event) {
        local.onNext(event);
    }

    /**
     * One stream's share of the broadcast. The buffer takes every event at once, so the broadcast never meets a
     * stream without demand; writing it out happens on a worker thread, not on the thread that delivers (a save's,
     * which waited for 500 streams' frames to be written before it could answer).
     */
    private Multi<LiveEvent> subscribe(Predicate<LiveEvent> wanted) {
        return local.filter(wanted).onOverflow().buffer(BEHIND).emitOn(Infrastructure.getDefaultWorkerPool());
    }

    /**
     * The changes, with a ping now and then so proxies keep the stream open. Each timed ping first asks whether the
     * subscriber's session is still live (on a worker thread: ticks come on the event loop, where no transaction may
     * start): a logout, a password reset or a disabled account ends their open streams within one ping interval, on
     * every instance.
     */
    private Multi<LiveEvent> withPings(Multi<LiveEvent> changes, long documentId, String language,
                                       BooleanSupplier signedIn) {
        Multi<LiveEvent> pings = Multi.createFrom().ticks().every(ping)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(t -> signedIn.getAsBoolean() ? LiveEvent.ping(documentId, language) : ENDED);
        return Multi.createBy().merging().streams(Multi.createFrom().item(LiveEvent.ping(documentId, language)),
                changes, pings).select().first(e -> e != ENDED);
    }
}
