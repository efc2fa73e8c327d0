package org.verso.interchange.po;

/**
 * An entry the reader skipped while the rest of the file was read.
 *
 * @param line the line of the entry's {@code msgid}, or of the fault when the entry is malformed
 * @param reason what is wrong or why the entry is not memory, for the user
 */
public record PoProblem(int line, String reason) {

    public String message() {
        return "Line " + line + ": " + reason;
    }
}
