package org.verso.qa;

/** How bad a finding is: an error blocks approval in the integrator's workflow, a warning asks for a second look. */
public enum Severity {
    ERROR,
    WARNING
}
