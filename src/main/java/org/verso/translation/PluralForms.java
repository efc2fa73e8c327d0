package org.verso.translation;

import java.util.Map;
import org.verso.failure.InvalidInputException;
import org.verso.interchange.catalog.PluralText;

/** A plural translation's forms as a person sends them, stored as one text ({@link PluralText}); 400 when unsound. */
public final class PluralForms {

    private PluralForms() {
    }

    public static String encode(Map<String, String> forms) {
        try {
            return PluralText.encode(forms);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
