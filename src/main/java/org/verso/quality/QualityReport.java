package org.verso.quality;

import java.util.List;

/** The findings on a language's current translations, and apart those someone marked "not an error here". */
public record QualityReport(List<QaFinding> findings, List<DismissedFinding> dismissed) {
}
