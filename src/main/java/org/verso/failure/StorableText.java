package org.verso.failure;

/**
 * Text a person sends that is stored as it is: PostgreSQL's text type cannot hold U+0000, so a NUL character made
 * the database refuse the statement and the user saw an internal error (UploadFuzzTest found it through a CSV
 * glossary). Checked where each field is validated, so H2 and PostgreSQL answer the same 400.
 */
public final class StorableText {

    private StorableText() {
    }

    /** {@code value} unchanged, or a 400 naming {@code field} when it holds a NUL character; null passes. */
    public static String require(String value, String field) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(ErrCommon.class, m -> m.containsNulCharacterU(field));
        }
        return value;
    }
}
