package org.verso.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages print values; display only, so it lives in templates rather than in the records. */
@TemplateExtension
final class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** "2026-11-28 06:08 UTC": minutes are what a person compares; the zone is said, not assumed. */
    static String display(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
