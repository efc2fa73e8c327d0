package org.verso.interchange.tmx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** TMX dates: {@code yyyyMMddTHHmmssZ} in UTC (TMX 1.4b, "Date format"). */
final class TmxDate {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private TmxDate() {
    }

    /**
     * @return the instant, or null when absent or unreadable: a date is metadata, and a unit with a bad one is
     *         still a good translation. ISO-8601 instants, which some tools write instead, are read too.
     */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.from(FORMAT.parse(value.strip()));
        } catch (DateTimeParseException notTmx) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
    }

    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
