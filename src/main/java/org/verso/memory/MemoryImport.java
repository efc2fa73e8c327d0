package org.verso.memory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.verso.account.UserService;
import org.verso.failure.ErrCommon;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotAllowedException;
import org.verso.failure.TooLargeException;
import org.verso.interchange.InterchangeException;
import org.verso.language.LanguageTags;

/**
 * Imports TMX, PO and MO files into the memory, and exports a pair as TMX. A file is read twice: first whole,
 * to refuse a broken one before anything is stored (a truncated TMX fails on its last line, not halfway through
 * an import), then again to store its units in batches of {@value #BATCH}, each batch one transaction. Units
 * the memory already holds (same languages, source and target) are skipped, so importing a file twice adds
 * nothing.
 */
@ApplicationScoped
public class MemoryImport {

    static final int MAX_REPORTED = 100;
    static final int BATCH = 5_000;

    private final MemoryService memory;
    private final MemoryTable table;
    private final UserService users;

    @ConfigProperty(name = "verso.memory.import.max-bytes", defaultValue = "536870912")
    long maxBytes;

    MemoryImport(MemoryService memory, MemoryTable table, UserService users) {
        this.users = users;
        this.memory = memory;
        this.table = table;
    }

    /** One sentence pair read from a file. */
    record Pair(String sourceLanguage, String targetLanguage, String source, String target) {
    }

    /** Reads a whole file, handing over its pairs and, for each entry it skips, a readable reason. */
    interface PairReader {
        void read(Path file, Consumer<Pair> onPair, Consumer<String> onSkip);
    }

    /** Hears how far an import got after each stored batch; answering false stops it there. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> true;

        boolean batchStored(long done, long total);
    }

    /** Thrown out of the reader's callback to stop reading once {@link Progress} said so. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    ImportReport importUpload(FileUpload file, String sourceLanguage, String targetLanguage, String username) {
        String name = checkUpload(file);
        return importFile(file.uploadedFile(), name, sourceLanguage, targetLanguage, username, Progress.NONE);
    }

    /** Refuses an empty or too large upload; answers the file's name. */
    String checkUpload(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw new InvalidInputException(ErrMemory.class, m -> m.attachTmxPoMo());
        }
        if (file.size() > maxBytes) {
            throw new TooLargeException(ErrMemory.class, m -> m.fileBytesMemoryImports(file.size(), maxBytes));
        }
        return file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
    }

    /**
     * Refuses now what would fail at once: bad language tags, a catalog without its languages, a target language the
     * user is not assigned to (a TMX file's languages are known only once it is read).
     */
    void checkRequest(Path file, String sourceLanguage, String targetLanguage, String username) {
        MemoryFormat.detect(file).reader(optionalTag(sourceLanguage, "sourceLanguage"),
                optionalTag(targetLanguage, "targetLanguage"));
        String target = optionalTag(targetLanguage, "targetLanguage");
        if (target != null) {
            requireAssigned(username, Set.of(target));
        }
    }

    /**
     * The memory pre-fills and suggests translations in every document of a target language, so filling it is work
     * in that language: a reviewer assigned to ru may not import an en→fa memory (403 naming the languages).
     */
    private void requireAssigned(String username, Set<String> targets) {
        List<String> missing = users.notAssignedTo(username, targets);
        if (!missing.isEmpty()) {
            String languages = String.join(", ", missing.stream()
                    .map(l -> LanguageTags.displayName(l) + " (" + l + ")").toList());
            throw new NotAllowedException(ErrMemory.class, m -> missing.size() == 1
                    ? m.fillsMemoryOneLanguage(languages) : m.fillsMemoryLanguages(languages));
        }
    }

    /** Imports one whole file; see the overload. */
    public ImportReport importFile(Path file, String name, String sourceLanguage, String targetLanguage,
            String username) {
        return importFile(file, name, sourceLanguage, targetLanguage, username, Progress.NONE);
    }

    /**
     * Imports one file; the format comes from its first bytes (XML, MO magic) or else is PO. {@code progress}
     * hears of each stored batch and may stop the import there: the batches stored so far stay, and the report
     * counts them.
     */
    public ImportReport importFile(Path file, String name, String sourceLanguage, String targetLanguage,
            String username, Progress progress) {
        MemoryFormat format = MemoryFormat.detect(file);
        PairReader reader = format.reader(optionalTag(sourceLanguage, "sourceLanguage"),
                optionalTag(targetLanguage, "targetLanguage"));
        List<String> problems = new ArrayList<>();
        int[] skipped = {0};
        Consumer<String> onSkip = reason -> {
            skipped[0]++;
            if (problems.size() < MAX_REPORTED) {
                problems.add(reason);
            }
        };
        long[] total = {0};
        Set<String> targets = new HashSet<>();
        try {
            reader.read(file, pair -> {
                total[0]++;
                targets.add(pair.targetLanguage());
            }, reason -> { });
        } catch (InterchangeException e) {
            throw new InvalidInputException(ErrCommon.class, m -> m.cannotImported(name, e.getMessage()));
        }
        requireAssigned(username, targets);
        String origin = "file:" + name;
        Map<String, long[]> pairs = new LinkedHashMap<>();
        List<Pair> batch = new ArrayList<>(BATCH);
        int[] imported = {0};
        Seen seen = new Seen();
        Consumer<List<Pair>> flush = pending -> {
            List<NewUnit> fresh = QuarkusTransaction.requiringNew().call(() -> storeNew(pending, origin, username, seen));
            imported[0] += fresh.size();
            for (NewUnit unit : fresh) {
                pairs.computeIfAbsent(unit.sourceLanguage() + "\u0000" + unit.targetLanguage(), k -> new long[1])[0]++;
            }
            int duplicates = pending.size() - fresh.size();
            if (duplicates > 0) {
                skipped[0] += duplicates;
                if (problems.size() < MAX_REPORTED) {
                    problems.add(duplicates + " units the memory already holds (same languages, source and target)");
                }
            }
            pending.clear();
        };
        long[] read = {0};
        try {
            reader.read(file, pair -> {
                batch.add(pair);
                read[0]++;
                if (batch.size() == BATCH) {
                    flush.accept(batch);
                    if (!progress.batchStored(read[0], total[0])) {
                        throw new Stopped();
                    }
                }
            }, onSkip);
            flush.accept(batch);
            progress.batchStored(read[0], total[0]);
        } catch (Stopped stopped) {
            // Every batch before this point is committed whole; the report below counts exactly those.
        }
        List<PairCount> written = pairs.entrySet().stream().map(e -> {
            String[] languages = e.getKey().split("\u0000");
            return new PairCount(languages[0], languages[1], e.getValue()[0]);
        }).toList();
        return new ImportReport(name, format.label(), imported[0], skipped[0], List.copyOf(problems), written);
    }

    /**
     * What one import has stored so far, to skip repeats without asking the database about every unit: per pair
     * the 64-bit hashes of (source, target) stored by this import, and whether the pair held units before it began
     * (only then are batches checked against the table).
     */
    private static final class Seen {
        final Map<String, Set<Long>> stored = new HashMap<>();
        final Map<String, Boolean> heldBefore = new HashMap<>();
    }

    /** Stores the pairs the memory does not hold yet (nor repeats within the import); returns them. */
    private List<NewUnit> storeNew(List<Pair> pending, String origin, String username, Seen seen) {
        Map<String, List<Pair>> byLanguages = new LinkedHashMap<>();
        for (Pair pair : pending) {
            byLanguages.computeIfAbsent(pair.sourceLanguage() + "\u0000" + pair.targetLanguage(),
                    k -> new ArrayList<>()).add(pair);
        }
        List<NewUnit> fresh = new ArrayList<>();
        for (Map.Entry<String, List<Pair>> entry : byLanguages.entrySet()) {
            List<Pair> group = entry.getValue();
            Pair first = group.get(0);
            boolean heldBefore = seen.heldBefore.computeIfAbsent(entry.getKey(),
                    k -> table.holdsPair(first.sourceLanguage(), first.targetLanguage()));
            Set<String> known = heldBefore ? storedAlready(first, group) : Set.of();
            Set<Long> stored = seen.stored.computeIfAbsent(entry.getKey(), k -> new HashSet<>());
            for (Pair pair : group) {
                if (!known.contains(pair.source() + '\u0000' + pair.target())
                        && stored.add(SourceHash.of(pair.source() + '\u0000' + pair.target()))) {
                    fresh.add(new NewUnit(pair.sourceLanguage(), pair.targetLanguage(), pair.source(), pair.target(),
                            null, origin, null, username));
                }
            }
        }
        memory.store(fresh);
        return fresh;
    }

    /** Of the group's (source, target) pairs, those the table already holds. */
    private Set<String> storedAlready(Pair first, List<Pair> group) {
        Set<String> known = new HashSet<>();
        List<Long> hashes = group.stream().map(p -> SourceHash.of(p.source())).distinct().toList();
        for (int from = 0; from < hashes.size(); from += 1000) {
            table.withSourceHashes(first.sourceLanguage(), first.targetLanguage(),
                            hashes.subList(from, Math.min(hashes.size(), from + 1000)))
                    .forEach(u -> known.add(u.sourceText() + '\u0000' + u.targetText()));
        }
        return known;
    }

    /** Checks the languages now, so a bad request fails before the response starts streaming. */
    MemoryExport.Prepared prepareExport(String sourceLanguage, String targetLanguage) {
        String source = LanguageTags.normalize(sourceLanguage);
        String target = LanguageTags.normalize(targetLanguage);
        return new MemoryExport.Prepared("memory-" + source + "-" + target + ".tmx", source, target, table);
    }

    private static String optionalTag(String tag, String field) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        try {
            return LanguageTags.normalize(tag);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(ErrMemory.class, m -> m.fieldReason(field, e.getMessage()));
        }
    }
}
