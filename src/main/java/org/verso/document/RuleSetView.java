package org.verso.document;

import java.time.Instant;
import java.util.List;

/** A segmentation rule set as pages and the API list it; {@code name} is what an import refers to. */
public record RuleSetView(String name, List<String> languageRules, String uploadedBy, Instant uploadedAt,
                          boolean bundled) {
}
