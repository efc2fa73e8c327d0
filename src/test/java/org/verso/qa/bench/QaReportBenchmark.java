package org.verso.qa.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.qa.GlossaryTerm;
import org.verso.qa.QaCheck;
import org.verso.qa.QaChecks;
import org.verso.qa.QaContext;
import org.verso.terms.TermStatus;

/**
 * Time of a whole QA report: every check over {@value #SEGMENTS} en→ru segment pairs built from news-style
 * templates, with a 20-term glossary and other translations for every fifth segment. {@value #WARM_UP} warm-up
 * reports, then {@value #REPORTS} timed ones; median and p95. Writes {@code target/benchmarks/qa.md}; asserts no
 * timing, only that the report found something (so the checks really ran).
 */
@Tag("benchmark")
class QaReportBenchmark {

    private static final int SEGMENTS = 1_000;
    private static final int WARM_UP = 30;
    private static final int REPORTS = 50;

    private static final String[][] TEMPLATES = {
        {"%,d troops crossed the border on May %d, the ministry said.", "%s военных пересекли границу %d мая, сообщило министерство."},
        {"The budget for %d grew by %d.5%% to $%d billion.", "Бюджет на %d год вырос на %d,5 %% до %d млрд долларов."},
        {"\"We will not withdraw,\" the commander told reporters in %d.", "«Мы не отступим», — заявил командир журналистам в %d году."},
        {"Details of the ceasefire are at https://news.verso.org/%d.", "Подробности о прекращении огня: https://news.verso.org/%d."},
        {"Did the parliament approve the %d sanctions package?", "Одобрил ли парламент %d-й пакет санкций?"},
        {"The UN envoy met %d refugees (mostly women and children).", "Посланник ООН встретился с %d беженцами (в основном женщинами и детьми)."},
        {"Inflation reached %d.%d%% in March, the central bank reported.", "Инфляция в марте достигла %d,%d %%, сообщил центральный банк."},
        {"Press {0} to read the report on <1>%d elections</1>.", "Нажмите {0}, чтобы прочитать отчёт о <1>выборах %d года</1>."},
    };

    private static final List<GlossaryTerm> GLOSSARY = List.of(
            term("troops", "военные", TermStatus.PREFERRED), term("troops", "солдатня", TermStatus.FORBIDDEN),
            term("ministry", "министерство", TermStatus.PREFERRED), term("border", "граница", TermStatus.PREFERRED),
            term("budget", "бюджет", TermStatus.PREFERRED), term("commander", "командир", TermStatus.PREFERRED),
            term("reporters", "журналисты", TermStatus.PREFERRED), term("ceasefire", "прекращение огня", TermStatus.PREFERRED),
            term("ceasefire", "перемирие", TermStatus.ADMITTED), term("parliament", "парламент", TermStatus.PREFERRED),
            term("sanctions", "санкции", TermStatus.PREFERRED), term("envoy", "посланник", TermStatus.PREFERRED),
            term("refugees", "беженцы", TermStatus.PREFERRED), term("women", "женщины", TermStatus.PREFERRED),
            term("children", "дети", TermStatus.PREFERRED), term("inflation", "инфляция", TermStatus.PREFERRED),
            term("central bank", "центральный банк", TermStatus.PREFERRED), term("report", "отчёт", TermStatus.PREFERRED),
            term("elections", "выборы", TermStatus.PREFERRED), term("UN", "ООН", TermStatus.PREFERRED));

    private record Pair(String source, String target, QaContext context) {
    }

    @Test
    void timesTheReportOfAThousandSegments() throws IOException {
        String load = loadAverage();
        List<Pair> pairs = pairs(new Random(42));
        long findings = 0;
        for (int i = 0; i < WARM_UP; i++) {
            findings = report(pairs);
        }
        long[] nanos = new long[REPORTS];
        for (int i = 0; i < REPORTS; i++) {
            long start = System.nanoTime();
            report(pairs);
            nanos[i] = System.nanoTime() - start;
        }
        assertTrue(findings > 0, "the generated segments include faults, so the report must find some");
        Arrays.sort(nanos);
        String table = String.format(Locale.ROOT, "## QA report of %,d segments (all %d checks)%n%n"
                + "Java %s, %d cores, load average at start %s, %s. %d warm-up reports, then %d timed; %,d findings per report.%n%n"
                + "| report | median | p95 | fastest | slowest |%n| --- | --- | --- | --- | --- |%n"
                + "| %,d segment pairs, en→ru | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
                SEGMENTS, QaChecks.all().size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), load, LocalDate.now(), WARM_UP, REPORTS, findings, SEGMENTS,
                ms(nanos[REPORTS / 2]), ms(nanos[(int) Math.ceil(REPORTS * 0.95) - 1]), ms(nanos[0]), ms(nanos[REPORTS - 1]));
        table += perCheck(pairs);
        Path out = Path.of("target", "benchmarks", "qa.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
    }

    /** Median time of each check alone over the same pairs, to show where a report's time goes. */
    private static String perCheck(List<Pair> pairs) {
        StringBuilder out = new StringBuilder("\n| check | median for 1,000 pairs |\n| --- | --- |\n");
        for (QaCheck check : QaChecks.all()) {
            long[] nanos = new long[REPORTS];
            for (int i = 0; i < REPORTS; i++) {
                long start = System.nanoTime();
                for (Pair pair : pairs) {
                    check.check(pair.source(), pair.target(), pair.context());
                }
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            out.append(String.format(Locale.ROOT, "| %s | %.2f ms |%n", check.id(), ms(nanos[REPORTS / 2])));
        }
        return out.toString();
    }

    private static long report(List<Pair> pairs) {
        long findings = 0;
        for (Pair pair : pairs) {
            findings += QaChecks.run(pair.source(), pair.target(), pair.context(), null).size();
        }
        return findings;
    }

    /** Segments from the templates with random numbers; one in ten gets a fault (a wrong number, a lost quote…). */
    private static List<Pair> pairs(Random random) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < SEGMENTS; i++) {
            String[] template = TEMPLATES[i % TEMPLATES.length];
            int a = 1 + random.nextInt(90_000);
            int b = 1 + random.nextInt(28);
            String source = String.format(Locale.ROOT, template[0], a, b, a % 50);
            String grouped = String.format(Locale.ROOT, "%,d", a).replace(',', '\u00A0');
            String target = String.format(Locale.ROOT, template[1], template == TEMPLATES[0] ? grouped : a, b, a % 50);
            if (random.nextInt(10) == 0) {
                target = target.replaceFirst("\\d", "7").replace("»", "").replace(".", "");
            }
            List<String> others = i % 5 == 0 ? List.of(target, target.replace("военных", "солдат")) : List.of();
            pairs.add(new Pair(source, target, new QaContext("en", "ru", GLOSSARY, others)));
        }
        return pairs;
    }

    private static GlossaryTerm term(String source, String target, TermStatus status) {
        return new GlossaryTerm(source, target, status, false);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
