package org.verso.interchange;

/** A file that cannot be read; the message is for the user and names what is wrong and where. */
public class InterchangeException extends RuntimeException {

    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
