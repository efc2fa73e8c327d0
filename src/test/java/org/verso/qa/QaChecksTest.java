package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QaChecksTest {

    private static final QaContext EN_RU = QaContext.of("en", "ru");

    @Test
    void everyCheckClassOfThePackageIsListed() throws IOException, URISyntaxException {
        Path folder = Path.of(QaChecks.class.getResource("QaChecks.class").toURI()).getParent();
        Set<String> classes;
        try (Stream<Path> files = Files.list(folder)) {
            classes = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Check.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).filter(n -> !n.equals("QaCheck"))
                    .collect(Collectors.toSet());
        }
        Set<String> listed = QaChecks.all().stream().map(c -> c.getClass().getSimpleName()).collect(Collectors.toSet());
        assertEquals(classes, listed);
    }

    @Test
    void idsAreUniqueKebabCaseAndEveryCheckDescribesItself() {
        List<String> ids = QaChecks.all().stream().map(QaCheck::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "ids are unique: " + ids);
        Pattern kebab = Pattern.compile("[a-z]+(-[a-z]+)*");
        for (QaCheck check : QaChecks.all()) {
            assertTrue(kebab.matcher(check.id()).matches(), check.id());
            assertFalse(check.name().isBlank(), check.id());
            assertTrue(check.description().endsWith("."), check.id());
        }
    }

    @Test
    void runsEveryCheckWhenNoSetIsGiven() {
        List<QaIssue> issues = QaChecks.run("25,000 troops (in %s) withdrew.", "2 500 войска  (в отошли", EN_RU, null);
        Set<String> fired = issues.stream().map(QaIssue::check).collect(Collectors.toSet());
        assertEquals(Set.of("numbers", "placeholders", "brackets", "end-punctuation", "double-space"), fired);
    }

    @Test
    void runsOnlyTheEnabledChecks() {
        List<QaIssue> issues = QaChecks.run("25,000 troops (in %s) withdrew.", "2 500 войска  (в отошли", EN_RU,
                Set.of("numbers", "brackets"));
        assertEquals(List.of("numbers", "brackets"), issues.stream().map(QaIssue::check).toList());
    }

    @Test
    void anEmptyTargetGetsOnlyTheEmptyTargetFinding() {
        QaContext withHistory = new QaContext("en", "ru", List.of(), List.of("Войска отошли."));
        assertEquals(List.of(new QaIssue("empty-target", Severity.ERROR, "The translation is empty.")),
                QaChecks.run("25,000 troops withdrew.", " ", withHistory, null));
    }

    @Test
    void anEmptyTargetGetsNothingWhenTheEmptyTargetCheckIsOff() {
        assertEquals(List.of(), QaChecks.run("25,000 troops withdrew.", "", EN_RU, Set.of("numbers")));
    }

    @Test
    void aGoodTranslationGetsNoFinding() {
        assertEquals(List.of(), QaChecks.run("On May 9, 25,000 troops withdrew.",
                "9 мая 25 000 военных отошли.", EN_RU, null));
    }

    @Test
    void nullsCountAsEmpty() {
        assertEquals(List.of(), QaChecks.run(null, null, null, null));
        assertEquals(List.of(), QaChecks.run("", "x", new QaContext(null, null, null, null), Set.of()));
    }
}
