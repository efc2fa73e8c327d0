package org.verso.editor;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.verso.translation.PluralForms;

/** The editor's text areas of a plural unit, one per CLDR category ({@code form_one}, {@code form_few}…). */
public class PluralFields {

    @RestForm("form_zero")
    String zero;
    @RestForm("form_one")
    String one;
    @RestForm("form_two")
    String two;
    @RestForm("form_few")
    String few;
    @RestForm("form_many")
    String many;
    @RestForm("form_other")
    String other;

    /** The forms as one stored text, line ends as typed in a browser made LF; null when the row had no forms. */
    String typed() {
        Map<String, String> forms = new LinkedHashMap<>();
        put(forms, "zero", zero);
        put(forms, "one", one);
        put(forms, "two", two);
        put(forms, "few", few);
        put(forms, "many", many);
        put(forms, "other", other);
        return forms.isEmpty() ? null : PluralForms.encode(forms);
    }

    private static void put(Map<String, String> forms, String category, String text) {
        if (text != null) {
            forms.put(category, text.replace("\r\n", "\n"));
        }
    }
}
