package org.verso.translation;

import org.verso.account.Actor;

/** Who takes a step of the status table: a person by their strongest role, or Verso itself. */
public enum Stepper {
    TRANSLATOR, REVIEWER, ADMIN, SYSTEM;

    /** A person: admin over reviewer over translator. */
    public static Stepper of(Actor actor) {
        if (actor.isAdmin()) {
            return ADMIN;
        }
        return actor.isReviewer() ? REVIEWER : TRANSLATOR;
    }
}
