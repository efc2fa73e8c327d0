package org.verso.segmentation.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.segmentation.Segmenter;

/**
 * Accuracy on every Golden Rules file for Verso's segmenter ({@code Segmenters.forLanguage}, whatever
 * it is at the time) and its peers, in one run: a case passes when the trimmed, non-blank segments equal
 * the expected list exactly. Prints a table (rows = files, columns = segmenters, cells "passed/total")
 * and Verso's failing cases, and writes both to {@code target/benchmarks/golden-rules.md}.
 */
@Tag("benchmark")
class GoldenRulesComparison {

    @Test
    void scoresEverySegmenterOnEveryGoldenRulesFile() {
        List<GoldenRulesFile> files = GoldenRulesFile.readAll();
        assertFalse(files.isEmpty(), "no Golden Rules files in " + GoldenRulesFile.DIRECTORY);
        List<Peer> peers = Peer.all();
        List<String> header = new ArrayList<>(List.of("file (cases)"));
        peers.forEach(p -> header.add(p.name()));
        MarkdownTable table = new MarkdownTable(header);
        Map<Peer, Integer> passedByPeer = new HashMap<>();
        StringBuilder versoFailures = new StringBuilder();
        for (GoldenRulesFile file : files) {
            List<String> row = new ArrayList<>(List.of(file.name() + " (" + file.cases().size() + ")"));
            for (Peer peer : peers) {
                List<GoldenRulesFile.Case> failed = file.failures(peer.segmenterFor(file.language()));
                int passed = file.cases().size() - failed.size();
                passedByPeer.merge(peer, passed, Integer::sum);
                row.add(passed + "/" + file.cases().size());
                if (peer == Peer.VERSO && !failed.isEmpty()) {
                    versoFailures.append(describe(file, failed));
                }
            }
            table.row(row);
        }
        MarkdownTable.publish("golden-rules.md", report(table, versoFailures));
        peers.forEach(p -> assertTrue(passedByPeer.getOrDefault(p, 0) > 0, p.name() + " passed no case at all"));
    }

    private static String describe(GoldenRulesFile file, List<GoldenRulesFile.Case> failed) {
        Segmenter verso = Peer.VERSO.segmenterFor(file.language());
        StringBuilder out = new StringBuilder("\nVerso fails " + file.name() + ": "
                + failed.stream().map(GoldenRulesFile.Case::id).toList() + "\n");
        for (GoldenRulesFile.Case c : failed) {
            out.append("- ").append(c.id()).append(" ").append(c.name()).append("\n")
                    .append("  - expected: ").append(c.expected()).append("\n")
                    .append("  - actual:   ").append(actual(verso, c)).append("\n");
        }
        return out.toString();
    }

    private static String actual(Segmenter segmenter, GoldenRulesFile.Case c) {
        try {
            return segmenter.split(c.text()).toString();
        } catch (RuntimeException e) {
            return "threw " + e;
        }
    }

    private static String report(MarkdownTable table, CharSequence versoFailures) {
        return "## Golden Rules: exact list of trimmed segments per case\n\n"
                + "Java " + System.getProperty("java.version") + ", ICU4J " + VersionInfo.ICU_VERSION
                + ", Okapi " + OkapiSrxSegmenter.version() + " (" + OkapiSrxSegmenter.DEFAULT_RULES + ")\n\n"
                + table.render() + versoFailures;
    }
}
