package org.verso.interchange;

/** Workflow state of a unit in interchange terms; the values and their order are XLIFF 2's {@code state}. */
public enum UnitState {
    INITIAL, TRANSLATED, REVIEWED, FINAL
}
