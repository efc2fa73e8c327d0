package org.verso.interchange;

/**
 * One thing a reader repaired in a file it still imported, as a browser repairs it (an element left open closed
 * before {@code </body>}), so the person sees what the export will hold.
 *
 * @param line   1-based line of the place in the source file
 * @param column 1-based column of the place
 * @param what   what was found and what was done, in words
 */
public record Repair(int line, int column, String what) {
}
