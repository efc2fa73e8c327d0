package org.verso.document;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.failure.NotFoundException;
import org.verso.failure.TooLargeException;
import org.verso.segmentation.Segmenter;
import org.verso.segmentation.Segmenters;
import org.verso.segmentation.SrxDocument;
import org.verso.segmentation.SrxException;

/**
 * Segmentation rule sets: Verso's bundled SRX rules, and SRX files admins upload (validated before they are
 * stored). A document names its rule set at import; parsed rule sets are cached by name, as stored ones never change.
 */
@ApplicationScoped
public class RuleSetService {

    /** The name an import uses for Verso's own rules (also what a blank choice means). */
    public static final String BUNDLED = "verso";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Map<String, SrxDocument> parsed = new ConcurrentHashMap<>();

    @Transactional
    public RuleSetView uploadRuleSet(String name, byte[] srx, String username) {
        String checked = checkName(name);
        if (srx == null || srx.length == 0) {
            throw new InvalidInputException(ErrDocument.class, m -> m.attachSrxFile());
        }
        if (srx.length > MAX_BYTES) {
            throw new TooLargeException(ErrDocument.class, m -> m.srxFileMostBytes(MAX_BYTES));
        }
        SrxDocument document = parse(srx);
        if (SegmentationRules.count("name", checked) > 0) {
            throw new ConflictException(ErrDocument.class, m -> m.ruleSetNamedExists(checked));
        }
        SegmentationRules rules = new SegmentationRules();
        rules.name = checked;
        rules.srx = new String(srx, StandardCharsets.UTF_8);
        rules.uploadedBy = username;
        rules.uploadedAt = Instant.now();
        rules.persist();
        return new RuleSetView(checked, document.languageRuleNames(), username, rules.uploadedAt, false);
    }

    public List<RuleSetView> listRuleSets() {
        List<RuleSetView> views = new ArrayList<>();
        views.add(new RuleSetView(BUNDLED, List.of(), "", null, true));
        List<SegmentationRules> stored = SegmentationRules.listAll(Sort.by("name"));
        for (SegmentationRules rules : stored) {
            views.add(new RuleSetView(rules.name, document(rules.name).languageRuleNames(), rules.uploadedBy,
                    rules.uploadedAt, false));
        }
        return views;
    }

    /** The stored name of a choice at import: null for the bundled rules; 400 for a name that does not exist. */
    public String resolve(String choice) {
        if (choice == null || choice.isBlank() || BUNDLED.equals(choice.trim())) {
            return null;
        }
        if (SegmentationRules.count("name", choice.trim()) == 0) {
            throw new InvalidInputException(ErrDocument.class, m -> m.thereSegmentationRuleSet(choice.trim()));
        }
        return choice.trim();
    }

    /** The segmenter of a rule set (null: the bundled one) for a language. */
    public Segmenter segmenter(String ruleSet, String languageTag) {
        return ruleSet == null ? Segmenters.forLanguage(languageTag) : document(ruleSet).compile(languageTag);
    }

    private SrxDocument document(String name) {
        return parsed.computeIfAbsent(name, n -> {
            SegmentationRules rules = SegmentationRules.find("name", n).firstResult();
            if (rules == null) {
                throw new NotFoundException(ErrDocument.class, m -> m.thereSegmentationRuleSet2(n));
            }
            return SrxDocument.parse(rules.srx.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static SrxDocument parse(byte[] srx) {
        try {
            return SrxDocument.parse(srx);
        } catch (SrxException e) {
            throw new InvalidInputException(ErrDocument.class, m -> m.srxFileWasAccepted(e.getMessage()));
        }
    }

    private static String checkName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (!NAME.matcher(trimmed).matches() || BUNDLED.equals(trimmed)) {
            throw new InvalidInputException(ErrDocument.class, m -> m.ruleSetNameLetters(BUNDLED));
        }
        return trimmed;
    }
}
