package org.verso.machine.engine;

/** An engine could not be reached, timed out or answered with an error; the editor says "MT unavailable". */
public class MtUnavailableException extends RuntimeException {

    public MtUnavailableException(String message) {
        super(message);
    }

    public MtUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
