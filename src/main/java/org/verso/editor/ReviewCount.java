package org.verso.editor;

/**
 * What "approve all without errors" finds in a language: the TRANSLATED segments whose checks find no error (those
 * it approves, or approved), and those it leaves for a person because they have errors.
 */
public record ReviewCount(int clean, int withErrors) {
}
