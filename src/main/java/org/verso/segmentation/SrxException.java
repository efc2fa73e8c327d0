package org.verso.segmentation;

/**
 * An SRX file that cannot be used: not well-formed, not valid SRX 2.0, or holding a rule that does
 * not compile. The message names what is wrong and, when known, the line ("Line 12: the regular
 * expression in &lt;beforebreak&gt; is invalid: …").
 */
public class SrxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /** @param line the line of the SRX file the problem is on, or 0 when unknown */
    public SrxException(int line, String problem) {
        this(line, problem, null);
    }

    public SrxException(int line, String problem, Throwable cause) {
        super(line > 0 ? "Line " + line + ": " + problem : problem, cause);
        this.line = Math.max(0, line);
    }

    /** The line of the SRX file the problem is on, or 0 when unknown. */
    public int line() {
        return line;
    }
}
