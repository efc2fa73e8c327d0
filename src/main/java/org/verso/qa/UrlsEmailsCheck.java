package org.verso.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every URL and e-mail address of the source appears unchanged in the translation, as often as in the source
 * (see {@link Links} for what counts as one). Links the translation adds are not its concern.
 */
public final class UrlsEmailsCheck implements QaCheck {

    @Override
    public String id() {
        return "urls-emails";
    }

    @Override
    public String name() {
        return "URLs and e-mail addresses";
    }

    @Override
    public String description() {
        return "A URL or e-mail address of the source is missing from the translation or was changed.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        Map<String, Integer> inSource = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String link : Links.find(source)) {
            if (inSource.merge(link, 1, Integer::sum) == 1) {
                order.add(link);
            }
        }
        List<QaIssue> issues = new ArrayList<>();
        for (String link : order) {
            if (occurrences(Texts.of(target), link) < inSource.get(link)) {
                String code = link.contains("@") && !link.contains("/") ? "emailMissing" : "urlMissing";
                issues.add(QaIssue.of(id(), severity(), code, Map.of("link", link)));
            }
        }
        return issues;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
