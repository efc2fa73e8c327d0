package org.verso.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verso.interchange.catalog.PluralCategories;
import org.verso.interchange.catalog.PluralText;
import org.verso.qa.QaChecks;
import org.verso.qa.QaContext;
import org.verso.qa.QaIssue;
import org.verso.qa.Severity;

/**
 * The checks on a catalog's plural translation see each form's text, never the stored encoding: every form is
 * checked against the source's {@code other} form (a Russian "one" serves 21 as well as 1, so it keeps the number's
 * placeholder), each finding naming its form, and a category of the language left empty is an error.
 */
final class PluralChecks {

    private PluralChecks() {
    }

    static List<QaIssue> run(String source, String target, QaContext context, Set<String> enabled) {
        if (!PluralText.isPlural(target)) {
            return QaChecks.run(source, target, context, enabled);
        }
        Map<String, String> forms = PluralText.decode(target);
        List<QaIssue> issues = new ArrayList<>();
        for (String category : PluralCategories.of(context.targetLanguage())) {
            String form = forms.get(category);
            if (form == null || form.isBlank()) {
                issues.add(QaIssue.of("empty-target", Severity.ERROR, "pluralFormEmpty", Map.of("form", category)));
                continue;
            }
            QaChecks.run(source, form, context, enabled).forEach(i -> issues.add(inForm(category, i)));
        }
        return issues;
    }

    /** A form's finding: "few" form: …, its own code kept under finding@ so a page can say both in its language. */
    private static QaIssue inForm(String category, QaIssue finding) {
        if (finding.code() == null) {
            return new QaIssue(finding.check(), finding.severity(), "\"" + category + "\" form: " + finding.message());
        }
        Map<String, String> args = new HashMap<>();
        finding.args().forEach((name, value) -> args.put("finding@" + name, value));
        args.put("finding@code", finding.code());
        args.put("finding", finding.message());
        args.put("form", category);
        return QaIssue.of(finding.check(), finding.severity(), "pluralForm", args);
    }
}
