package org.verso.document;

import java.util.List;

/** One source version and the segments it changed, added and removed, in document order. */
public record VersionDetail(VersionSummary version, List<SourceChangeView> changes) {
}
