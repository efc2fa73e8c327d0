package org.verso.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** ICU4J writes dates, numbers, relative times and durations in each interface language. */
class LocalFormatsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale FA = Locale.forLanguageTag("fa");
    private static final Locale TG = Locale.forLanguageTag("tg");

    @Test
    void relativeTimesInEachLanguage() {
        assertEquals("in 2 hours", LocalFormats.relative(NOW.plus(Duration.ofMinutes(125)), NOW, Locale.ENGLISH));
        assertEquals("3 minutes ago", LocalFormats.relative(NOW.minusSeconds(200), NOW, Locale.ENGLISH));
        assertEquals("через 2 часа", LocalFormats.relative(NOW.plus(Duration.ofHours(2)), NOW, RU));
        assertEquals("5 дней назад", LocalFormats.relative(NOW.minus(Duration.ofDays(5)), NOW, RU));
        assertEquals("۳ دقیقه پیش", LocalFormats.relative(NOW.minusSeconds(180), NOW, FA));
        assertEquals("now", LocalFormats.relative(NOW.plusSeconds(20), NOW, Locale.ENGLISH));
    }

    @Test
    void datesNumbersAndDurations() {
        Instant when = Instant.parse("2030-01-02T14:00:00Z");
        assertEquals("Jan 2, 2030, 2:00\u202fPM UTC", LocalFormats.dateTime(when, ZoneId.of("UTC"), Locale.ENGLISH));
        // CLDR joins "2030 г." with a narrow no-break space.
        assertEquals("2 янв. 2030 г., 17:00 Europe/Moscow",
                LocalFormats.dateTime(when, ZoneId.of("Europe/Moscow"), RU).replaceAll("[\\u00a0\\u202f]", " "));
        assertEquals("12 345", LocalFormats.number(12345, RU).replaceAll("[\\u00a0\\u202f]", " "));
        assertEquals("۱۲٬۳۴۵", LocalFormats.number(12345, FA));
        assertEquals("12 minutes", LocalFormats.duration(Duration.ofSeconds(750), Locale.ENGLISH));
        assertEquals("40 секунд", LocalFormats.duration(Duration.ofSeconds(40), RU));
        assertEquals(false, LocalFormats.dateTime(when, ZoneId.of("UTC"), TG).isBlank());
    }
}
