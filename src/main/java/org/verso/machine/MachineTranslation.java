package org.verso.machine;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;
import org.verso.machine.engine.ApertiumProvider;
import org.verso.machine.engine.DeeplProvider;
import org.verso.machine.engine.EngineHttp;
import org.verso.machine.engine.LanguagePair;
import org.verso.machine.engine.LibreTranslateProvider;
import org.verso.machine.engine.MarkupProtection;
import org.verso.machine.engine.MtProvider;
import org.verso.machine.engine.MtUnavailableException;

/**
 * Machine translation through the configured engines, self-hosted first (Apertium, then LibreTranslate, then
 * DeepL). Every text is protected before it leaves and restored after; every answer is cached, so a repeated
 * sentence costs no request. An engine that failed is skipped for {@code verso.mt.retry-after}, so a dead server
 * costs one timeout, not one per segment.
 */
@ApplicationScoped
public class MachineTranslation {

    private static final Logger LOG = Logger.getLogger(MachineTranslation.class);
    /** Texts translated between two cache writes during a long run. */
    private static final int STORE_EVERY = 50;

    private record Known(List<LanguagePair> pairs, Instant until) {
    }

    private final MtConfig config;
    private final MtCache cache;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Map<String, Instant> downUntil = new ConcurrentHashMap<>();
    private List<MtProvider> providers = List.of();

    MachineTranslation(MtConfig config, MtCache cache) {
        this.config = config;
        this.cache = cache;
    }

    @PostConstruct
    void connect() {
        List<MtProvider> configured = new ArrayList<>();
        Duration timeout = config.timeout();
        config.apertium().url().filter(u -> !u.isBlank())
                .ifPresent(u -> configured.add(new ApertiumProvider(new EngineHttp("Apertium", u, timeout))));
        config.libretranslate().url().filter(u -> !u.isBlank()).ifPresent(u -> configured.add(
                new LibreTranslateProvider(new EngineHttp("LibreTranslate", u, timeout),
                        config.libretranslate().key().orElse(null))));
        config.deepl().url().filter(u -> !u.isBlank()).ifPresent(u -> configured.add(
                new DeeplProvider(new EngineHttp("DeepL", u, timeout), config.deepl().key().orElse(null))));
        providers = List.copyOf(configured);
    }

    /** True when at least one engine is configured. */
    public boolean enabled() {
        return !providers.isEmpty();
    }

    /** Every configured engine with the pairs it offers now; an engine that does not answer has none. */
    public List<ProviderStatus> providers() {
        List<ProviderStatus> out = new ArrayList<>();
        for (MtProvider provider : providers) {
            try {
                out.add(new ProviderStatus(provider.id(), provider.name(),
                        pairsOf(provider).stream().map(LanguagePair::asList).toList(), true));
            } catch (MtUnavailableException e) {
                out.add(new ProviderStatus(provider.id(), provider.name(), List.of(), false));
            }
        }
        return out;
    }

    /** Each engine's translation of one text; engines without the pair are left out, those down are named. */
    public Suggestions suggest(String sourceLanguage, String targetLanguage, String text) {
        List<Suggestion> found = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (MtProvider provider : providers) {
            try {
                Optional<LanguagePair> pair = LanguagePair.choose(pairsOf(provider), sourceLanguage, targetLanguage);
                if (pair.isPresent()) {
                    found.add(new Suggestion(provider.id(),
                            translate(provider, pair.get(), List.of(text), done -> { }).get(0)));
                }
            } catch (MtUnavailableException e) {
                LOG.debugf("No suggestion from %s: %s", provider.id(), e.getMessage());
                unavailable.add(provider.name());
            }
        }
        return new Suggestions(found, unavailable);
    }

    /**
     * The texts translated by the first engine that offers the pair and answers, reporting how many distinct texts
     * are done as it goes; empty when none offers it. Throws {@link MtUnavailableException} when the chosen
     * engine fails part way (what it answered so far stays cached).
     */
    public Optional<MachineBatch> translateAll(String sourceLanguage, String targetLanguage, List<String> texts,
                                               IntConsumer progress) {
        for (MtProvider provider : providers) {
            Optional<LanguagePair> pair;
            try {
                pair = LanguagePair.choose(pairsOf(provider), sourceLanguage, targetLanguage);
            } catch (MtUnavailableException e) {
                continue;
            }
            if (pair.isPresent()) {
                return Optional.of(new MachineBatch(provider.id(), translate(provider, pair.get(), texts, progress)));
            }
        }
        return Optional.empty();
    }

    private List<String> translate(MtProvider provider, LanguagePair pair, List<String> texts, IntConsumer progress) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
        Map<String, String> done = new LinkedHashMap<>(cache.find(provider.id(), pair, distinct));
        progress.accept(done.size());
        List<String> missing = distinct.stream().filter(t -> !done.containsKey(t)).toList();
        Map<String, String> unstored = new LinkedHashMap<>();
        try {
            for (int from = 0; from < missing.size(); from += provider.batchSize()) {
                List<String> chunk = missing.subList(from, Math.min(missing.size(), from + provider.batchSize()));
                unstored.putAll(engine(provider, pair, chunk));
                if (unstored.size() >= STORE_EVERY) {
                    flush(provider, pair, unstored, done);
                }
                progress.accept(done.size() + unstored.size());
            }
        } finally {
            flush(provider, pair, unstored, done);
        }
        return texts.stream().map(done::get).toList();
    }

    private Map<String, String> engine(MtProvider provider, LanguagePair pair, List<String> chunk) {
        List<MarkupProtection.Protected> sent = chunk.stream().map(MarkupProtection::protect).toList();
        List<String> answers;
        try {
            answers = provider.translate(pair, sent.stream().map(MarkupProtection.Protected::markup).toList());
        } catch (MtUnavailableException e) {
            downUntil.put(provider.id(), Instant.now().plus(config.retryAfter()));
            throw e;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            out.put(chunk.get(i), MarkupProtection.restore(answers.get(i), sent.get(i).placeholders()));
        }
        return out;
    }

    private void flush(MtProvider provider, LanguagePair pair, Map<String, String> unstored, Map<String, String> done) {
        cache.store(provider.id(), pair, unstored);
        done.putAll(unstored);
        unstored.clear();
    }

    /** The engine's pairs, asked at most once per {@code pairs-ttl}; throws while it counts as down. */
    private List<LanguagePair> pairsOf(MtProvider provider) {
        Instant now = Instant.now();
        Instant down = downUntil.get(provider.id());
        if (down != null && now.isBefore(down)) {
            throw new MtUnavailableException(provider.name() + " failed recently");
        }
        Known cached = known.get(provider.id());
        if (cached != null && now.isBefore(cached.until())) {
            return cached.pairs();
        }
        try {
            List<LanguagePair> pairs = List.copyOf(provider.pairs());
            known.put(provider.id(), new Known(pairs, now.plus(config.pairsTtl())));
            downUntil.remove(provider.id());
            return pairs;
        } catch (MtUnavailableException e) {
            downUntil.put(provider.id(), now.plus(config.retryAfter()));
            throw e;
        }
    }
}
