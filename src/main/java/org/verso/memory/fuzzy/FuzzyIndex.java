package org.verso.memory.fuzzy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;

/**
 * The source texts of the translation memory, in memory, for fuzzy lookups and concordance, many language pairs
 * at once. Thread-safe: each pair has a read-write lock (searches share it, changes take it alone); the unit
 * directory is locked only for the moment of a change. The keys are shared by all pairs in one dictionary; a pair
 * keeps its units in columns without an object per unit ({@link PairIndex}: key ids as varints and source texts
 * as packed UTF-8 in one byte array each, posting lists as varint gaps). Removing or replacing a unit marks its
 * old position dead; posting lists and columns are rewritten once dead entries outnumber live units. Language
 * tags are opaque keys. How it finds matches: {@link FuzzySearch}; the score: {@link FuzzyScore}; memory: docs/memory.md.
 */
public final class FuzzyIndex {

    private final TokenDictionary dictionary = new TokenDictionary();
    private final UnitDirectory directory = new UnitDirectory();
    private final ConcurrentHashMap<String, PairIndex> pairsByLanguages = new ConcurrentHashMap<>();
    private final List<PairIndex> pairsByNumber = new CopyOnWriteArrayList<>();

    public FuzzyIndex() {
        // An empty index; pairs appear with their first unit.
    }

    /** Adds or replaces the unit's source text under its pair. */
    public void put(long unitId, String sourceLanguage, String targetLanguage, String sourceText) {
        WordTokens tokens = WordTokens.of(sourceText);
        List<String> matchKeys = tokens.matchKeys();
        int[] keys = dictionary.intern(matchKeys);
        byte[] packed = SourceText.encode(tokens, matchKeys);
        PairIndex pair = pairsByLanguages.computeIfAbsent(pairKey(sourceLanguage, targetLanguage), k -> newPair());
        long previous;
        Lock lock = pair.lock.writeLock();
        lock.lock();
        try {
            int position = pair.append(unitId, keys, packed);
            previous = directory.swap(unitId, UnitDirectory.place(pair.number, position));
            if (previous != UnitDirectory.ABSENT && UnitDirectory.pairOf(previous) == pair.number) {
                pair.kill(UnitDirectory.positionOf(previous));
                return;
            }
        } finally {
            lock.unlock();
        }
        kill(previous);
    }

    public void remove(long unitId) {
        kill(directory.remove(unitId));
    }

    /** Best first (score desc, then unitId desc = newest first); only scores >= threshold; at most limit. */
    public List<FuzzyHit> search(String sourceLanguage, String targetLanguage, String query, int limit,
            int threshold) {
        PairIndex pair = pairsByLanguages.get(pairKey(sourceLanguage, targetLanguage));
        WordTokens tokens = WordTokens.of(query);
        int[] keys = dictionary.lookUp(tokens.matchKeys());
        if (pair == null || keys.length == 0 || limit <= 0) {
            return List.of();
        }
        FuzzySearch search = new FuzzySearch(tokens, keys);
        Lock lock = pair.lock.readLock();
        lock.lock();
        try {
            return search.run(pair, limit, Math.max(1, Math.min(100, threshold)));
        } finally {
            lock.unlock();
        }
    }

    /** Units whose source contains the phrase (case-insensitive, whole tokens in sequence), newest first. */
    public List<Long> concordance(String sourceLanguage, String targetLanguage, String phrase, int limit) {
        PairIndex pair = pairsByLanguages.get(pairKey(sourceLanguage, targetLanguage));
        WordTokens tokens = WordTokens.of(phrase);
        if (pair == null || !tokens.hasWords() || limit <= 0) {
            return List.of();
        }
        PhraseSearch search = new PhraseSearch(tokens, dictionary.lookUp(tokens.matchKeys()));
        Lock lock = pair.lock.readLock();
        lock.lock();
        try {
            return search.run(pair, limit);
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        return directory.size();
    }

    /**
     * Gives back the arrays' growth slack, pair by pair (each under its write lock, so lookups of other pairs go
     * on): worth it after a bulk load such as the rebuild at start, when nothing else is being added.
     */
    public void trim() {
        for (PairIndex pair : pairsByNumber) {
            Lock lock = pair.lock.writeLock();
            lock.lock();
            try {
                pair.trim();
            } finally {
                lock.unlock();
            }
        }
    }

    private void kill(long place) {
        if (place == UnitDirectory.ABSENT) {
            return;
        }
        PairIndex pair = pairsByNumber.get(UnitDirectory.pairOf(place));
        Lock lock = pair.lock.writeLock();
        lock.lock();
        try {
            pair.kill(UnitDirectory.positionOf(place));
        } finally {
            lock.unlock();
        }
    }

    private synchronized PairIndex newPair() {
        PairIndex pair = new PairIndex(pairsByNumber.size(), dictionary::key);
        pairsByNumber.add(pair);
        return pair;
    }

    /** A language pair the index holds units of. */
    public record LanguagePair(String source, String target) {
    }

    /**
     * The pairs held whose source and target are the same languages and scripts as these, regions and other subtags
     * aside (en-US→fr and en→fr-CA serve en→fr; zh-Hant does not serve zh-Hans): the given pair first, then the
     * others in a stable order.
     */
    public List<LanguagePair> variantPairs(String sourceLanguage, String targetLanguage) {
        String source = base(sourceLanguage);
        String target = base(targetLanguage);
        List<LanguagePair> pairs = new ArrayList<>();
        for (String key : pairsByLanguages.keySet()) {
            int split = key.indexOf('\u0000');
            LanguagePair pair = new LanguagePair(key.substring(0, split), key.substring(split + 1));
            if (base(pair.source()).equals(source) && base(pair.target()).equals(target)) {
                pairs.add(pair);
            }
        }
        pairs.sort(Comparator.comparing((LanguagePair p) -> !(p.source().equals(sourceLanguage)
                && p.target().equals(targetLanguage))).thenComparing(LanguagePair::source)
                .thenComparing(LanguagePair::target));
        return pairs;
    }

    /** Language and script of a tag: what must agree for two tags' texts to be interchangeable. */
    private static String base(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return locale.getLanguage() + "-" + locale.getScript();
    }

    private static String pairKey(String sourceLanguage, String targetLanguage) {
        return sourceLanguage + '\u0000' + targetLanguage;
    }
}
