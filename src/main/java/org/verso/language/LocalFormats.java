package org.verso.language;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

/**
 * Dates, numbers, durations and relative times in an interface language, with ICU4J (CLDR data): "7 Dec 2026, 14:05",
 * "7 дек. 2026 г., 14:05", Persian digits and the Persian calendar for {@code fa}; "in 2 hours", "3 minutes ago",
 * "через 2 часа". Plain Java, used by pages, notifications and e-mails alike.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    /** The locale ICU uses for an interface language; English for null. */
    public static ULocale icu(Locale locale) {
        return ULocale.forLocale(locale == null ? Locale.ENGLISH : locale);
    }

    /** A date and time to the minute in {@code zone}, the zone's id after it ("… Europe/Moscow"). */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, icu(locale));
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(instant)) + " " + ("Z".equals(zone.getId()) ? "UTC" : zone.getId());
    }

    /** A whole number with the language's digits and grouping: "12,345", "12 345", "۱۲٬۳۴۵". */
    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(icu(locale)).format(value);
    }

    /** A percentage from 0–100: "45%", "45 %", "۴۵٪". */
    public static String percent(long value, Locale locale) {
        return NumberFormat.getPercentInstance(icu(locale)).format(value / 100.0);
    }

    /**
     * When {@code instant} is as seen from {@code now}, in the largest unit that fits: "in 2 hours", "3 minutes ago",
     * "in 3 days", "now" (under a minute).
     */
    public static String relative(Instant instant, Instant now, Locale locale) {
        if (instant == null) {
            return "";
        }
        RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(icu(locale));
        Duration between = Duration.between(now, instant);
        long seconds = Math.abs(between.getSeconds());
        RelativeDateTimeFormatter.RelativeDateTimeUnit unit;
        long amount;
        if (seconds < 60) {
            return format.format(RelativeDateTimeFormatter.Direction.PLAIN,
                    RelativeDateTimeFormatter.AbsoluteUnit.NOW);
        } else if (seconds < 3600) {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.MINUTE;
            amount = seconds / 60;
        } else if (seconds < 2 * 86400) {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.HOUR;
            amount = seconds / 3600;
        } else {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.DAY;
            amount = seconds / 86400;
        }
        return format.formatNumeric(between.isNegative() ? -amount : amount, unit);
    }

    /** A length of time in words, in its largest unit (rounded down): "2 hours", "12 minutes", "40 seconds". */
    public static String duration(Duration length, Locale locale) {
        long seconds = Math.abs(length.getSeconds());
        MeasureFormat format = MeasureFormat.getInstance(icu(locale), MeasureFormat.FormatWidth.WIDE);
        if (seconds < 120) {
            return format.format(new Measure(seconds, MeasureUnit.SECOND));
        }
        if (seconds < 2 * 3600) {
            return format.format(new Measure(seconds / 60, MeasureUnit.MINUTE));
        }
        return seconds < 2 * 86400 ? format.format(new Measure(seconds / 3600, MeasureUnit.HOUR))
                : format.format(new Measure(seconds / 86400, MeasureUnit.DAY));
    }
}
