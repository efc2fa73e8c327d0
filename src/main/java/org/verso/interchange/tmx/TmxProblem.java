package org.verso.interchange.tmx;

/**
 * Something the reader skipped while the rest of the file was read.
 *
 * @param unit number of the {@code <tu>} in the file, counting from 1; 0 for an element outside any unit
 * @param line line of the element at fault
 * @param reason what is wrong, for the user
 */
public record TmxProblem(int unit, int line, String reason) {

    /** For a list shown to the user: "Unit 7 (line 52): …" or "Line 52: …". */
    public String message() {
        return (unit > 0 ? "Unit " + unit + " (line " + line + ")" : "Line " + line) + ": " + reason;
    }
}
