package org.verso.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.verso.failure.InvalidInputException;

/**
 * Due times in and out. In: an ISO-8601 instant ({@code 2026-12-07T14:00:00Z}, or with an offset); from a form also a
 * local date and time ({@code 2026-12-07T14:00}, a datetime-local field) or a time of day ({@code 14:00}, today), both
 * in the person's time zone. Out: in the viewer's zone, and the time left.
 */
final class Dues {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
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
            return timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    static String show(Instant due, ZoneId zone) {
        return due == null ? "" : SHOWN.format(due.atZone(zone)) + " " + zone.getId();
    }

    /** The value of a datetime-local field holding {@code due}. */
    static String field(Instant due, ZoneId zone) {
        return due == null ? "" : FIELD.format(due.atZone(zone));
    }

    /** "2 h 5 min left", "overdue by 40 min", or "" without a due time. */
    static String timeLeft(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(now, due);
        String amount = amount(left.abs());
        return left.isNegative() ? "overdue by " + amount : amount + " left";
    }

    private static String amount(Duration d) {
        if (d.toDays() >= 2) {
            return d.toDays() + " days";
        }
        return d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
    }
}
