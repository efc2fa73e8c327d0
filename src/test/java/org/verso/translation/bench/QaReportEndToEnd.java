package org.verso.translation.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.document.DocumentService;
import org.verso.editor.EditorFilter;
import org.verso.editor.EditorService;
import org.verso.document.SegmentView;
import org.verso.account.Actor;
import org.verso.quality.QaFinding;
import org.verso.translation.SaveRequest;
import org.verso.quality.QualityService;
import org.verso.translation.TranslationService;

/**
 * The quality report of a whole translated article as the API serves it (translations and sources read from the
 * database, the glossary and the memory consulted, every check run): a 1,000-segment article, every segment
 * translated. Writes {@code target/benchmarks/qa-report.md}; asserts no timing.
 */
@Tag("benchmark")
@QuarkusTest
class QaReportEndToEnd {

    private static final String[] SOURCES = {
        "The army sent %d troops to the border on Monday.",
        "\"We will not give up,\" the minister said in %d.",
        "Prices rose by %d percent in the capital (see https://example.org/prices).",
        "Talks resumed in Geneva after %d days of silence!",
        "Did the council approve the budget of %d million?"};
    private static final String[] TARGETS = {
        "Армия направила %d военных к границе в понедельник.",
        "«Мы не сдадимся», — заявил министр в %d году.",
        "Цены в столице выросли на %d процентов (см. https://example.org/prices).",
        "Переговоры в Женеве возобновились после %d дней молчания!",
        "Утвердил ли совет бюджет в %d миллионов?"};

    @Inject
    TranslationService translations;
    @Inject
    QualityService quality;

    @Inject
    DocumentService documents;

    @Inject
    EditorService editor;

    /** An article of {@code count} segments, every one translated into Russian, one in ten with a wrong number. */
    private long translatedArticle(int count) {
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < count; i++) {
            article.append(String.format(Locale.ROOT, SOURCES[i % SOURCES.length], i + 2)).append("\n\n");
        }
        long doc = Api.importArticle(article.toString());
        Api.addLanguage(doc, "ru");
        Actor admin = new Actor("admin", Set.of("admin"));
        for (SegmentView segment : documents.segments(doc)) {
            int i = segment.ordinal();
            // Every tenth translation carries a wrong number, so the report has findings to list.
            int number = i % 10 == 0 ? i + 3 : i + 2;
            translations.saveTranslation(new SaveRequest(doc, "ru", segment.id(),
                    String.format(Locale.ROOT, TARGETS[i % TARGETS.length], number), "TRANSLATED", 0, null), admin);
        }
        return doc;
    }

    /** The editor's "errors" filter (the checks over the whole language, then one page): docs/qa.md, "Filter". */
    @Test
    void filtersTwoThousandSegmentsByErrors() throws Exception {
        long doc = translatedArticle(2000);
        List<Long> nanos = new ArrayList<>();
        long matching = 0;
        for (int run = 0; run < 40; run++) {
            long start = System.nanoTime();
            matching = QuarkusTransaction.requiringNew().call(() -> editor.openEditor(doc, "ru", EditorFilter.ERRORS, 1,
                    new Actor("admin", Set.of("admin"))))
                    .matching();
            if (run >= 10) {
                nanos.add(System.nanoTime() - start);
            }
        }
        assertFalse(matching == 0, "the wrong numbers are found");
        nanos.sort(null);
        String table = String.format(Locale.ROOT, """
                ## Editor filter "errors", 2,000 segments

                %s

                | segments | matching | median ms | p95 ms | runs |
                | --- | --- | --- | --- | --- |
                | 2000 | %d | %.1f | %.1f | %d (after 10 warm-up runs) |
                """, environment(), matching, nanos.get(nanos.size() / 2) / 1e6,
                nanos.get((int) (nanos.size() * 0.95)) / 1e6, nanos.size());
        System.out.println(table);
        Files.writeString(Files.createDirectories(Path.of("target", "benchmarks")).resolve("editor-filter.md"), table,
                StandardCharsets.UTF_8);
    }

    @Test
    void reportsOnAThousandTranslatedSegments() throws Exception {
        long doc = translatedArticle(1000);
        List<SegmentView> segments = documents.segments(doc);
        List<Long> nanos = new ArrayList<>();
        List<QaFinding> report = List.of();
        for (int run = 0; run < 60; run++) {
            long start = System.nanoTime();
            report = quality.report(doc, "ru").findings();
            if (run >= 10) {
                nanos.add(System.nanoTime() - start);
            }
        }
        assertFalse(report.isEmpty(), "the wrong numbers are found");
        nanos.sort(null);
        String table = String.format(Locale.ROOT, """
                ## QA report through the service, 1,000 segments

                %s

                | segments | findings | median ms | p95 ms | runs |
                | --- | --- | --- | --- | --- |
                | %d | %d | %.1f | %.1f | %d (after 10 warm-up runs) |
                """, environment(), segments.size(), report.size(), nanos.get(nanos.size() / 2) / 1e6,
                nanos.get((int) (nanos.size() * 0.95)) / 1e6, nanos.size());
        System.out.println(table);
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("qa-report.md");
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }

    private static String environment() {
        return "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, embedded H2 in memory (test profile), load average at start "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ".";
    }
}
