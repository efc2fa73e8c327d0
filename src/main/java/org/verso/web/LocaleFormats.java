package org.verso.web;

import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.verso.language.LocalFormats;

/**
 * Values in the page's interface language (the template instance's {@code locale}, set by {@link UiTemplateLocale}):
 * {@code {when.display}} is a date and time to the minute in UTC ("7 Dec 2026, 14:05 UTC", "۱۶ آذر ۱۴۰۵، ۱۴:۰۵ UTC"),
 * {@code {count.num}} a number, {@code {'ru'.languageName}} a language's name; the CLDR plural category of a count
 * in message bundles is {@link CldrPlural}'s.
 */
@TemplateExtension
final class LocaleFormats {

    private LocaleFormats() {
    }

    /** "7 Dec 2026, 14:05 UTC": minutes are what a person compares; the zone is said, not assumed. */
    static String display(Instant instant, @TemplateAttribute("locale") Object locale) {
        return LocalFormats.dateTime(instant, ZoneId.of("UTC"), of(locale));
    }

    /** A date and time to the minute in the time zone {@code zone} (an IANA id, said after it), in the page's language. */
    static String inZone(Instant instant, String zone, @TemplateAttribute("locale") Object locale) {
        return LocalFormats.dateTime(instant, ZoneId.of(zone), of(locale));
    }

    /** How far from now, in the page's language: "in 2 hours", "40 minutes ago", "через 3 дня". */
    static String relative(Instant instant, @TemplateAttribute("locale") Object locale) {
        return LocalFormats.relative(instant, Instant.now(), of(locale));
    }

    /** A number of seconds as a length of time in words, in the page's language: "12 minutes", "۴۰ ثانیه". */
    static String seconds(Number seconds, @TemplateAttribute("locale") Object locale) {
        return LocalFormats.duration(java.time.Duration.ofSeconds(seconds.longValue()), of(locale));
    }

    /** A whole number in the page's language (digits and grouping). */
    static String num(Number value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "" : LocalFormats.number(value.longValue(), of(locale));
    }

    /** A language tag's name in the page's language: "ru" → "Russian", "русский", "روسی". */
    static String languageName(String tag, @TemplateAttribute("locale") Object locale) {
        return ULocale.getDisplayName(tag, LocalFormats.icu(of(locale)));
    }

    static Locale of(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
    }
}
