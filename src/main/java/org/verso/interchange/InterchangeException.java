package org.verso.interchange;

/** A file that cannot be read; the message is for the user and names what is wrong and where. */
public class InterchangeException extends RuntimeException {

    /**
     * The most characters one unit's text (a TMX segment, a PO string) may hold: a real sentence or paragraph is
     * thousands at most, and without a limit one 400 MB segment of a file within the upload limit is read whole into
     * the heap.
     */
    public static final int MAX_UNIT_CHARS = 1_000_000;

    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
