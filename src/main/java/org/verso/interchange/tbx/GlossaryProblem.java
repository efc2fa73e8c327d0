package org.verso.interchange.tbx;

/**
 * Something a glossary reader (TBX or CSV) skipped while the rest of the file was read.
 *
 * @param line line of the element or row at fault
 * @param reason what is wrong, for the user
 */
public record GlossaryProblem(int line, String reason) {

    /** For a list shown to the user: "Line 52: …". */
    public String message() {
        return "Line " + line + ": " + reason;
    }
}
