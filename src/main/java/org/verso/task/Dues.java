package org.verso.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.verso.failure.InvalidInputException;

/**
 * Due times in and out. In: an ISO-8601 instant ({@code 2026-12-07T14:00:00Z}, or with an offset); from a form also a
 * local date and time ({@code 2026-12-07T14:00}, a datetime-local field) or a time of day ({@code 14:00}, today), both
 * in the person's time zone. Out: the value of a datetime-local field (pages show
 * due times with {@code org.verso.language.LocalFormats}, in the page's language).
 */
final class Dues {

    /** UTC under its name ("UTC", not ZoneOffset's "Z"), as pages say it. */
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Dues() {
    }

    /** Null or blank: no due time. A text that is none of the forms above: 400 naming it. */
    static Instant parse(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.now(zone).atTime(LocalTime.parse(text)).atZone(zone).toInstant();
                } catch (DateTimeParseException notATime) {
                    throw new InvalidInputException(ErrTask.class, m -> m.dueTimeIsoInstant(text));
                }
            }
        }
    }

    /** The person's zone: their profile's IANA id, UTC when they have none (or it is unknown). */
    static ZoneId zone(String timeZone) {
        try {
            return timeZone == null || timeZone.isBlank() ? UTC : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException unknown) {
            return UTC;
        }
    }

    /** The value of a datetime-local field holding {@code due}. */
    static String field(Instant due, ZoneId zone) {
        return due == null ? "" : FIELD.format(due.atZone(zone));
    }
}
