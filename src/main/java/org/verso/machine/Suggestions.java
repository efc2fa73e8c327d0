package org.verso.machine;

import java.util.List;

/**
 * What the engines offering a pair answered, and the names of those that should have answered but could not
 * (down, timed out): the editor says "MT unavailable" for them.
 */
public record Suggestions(List<Suggestion> found, List<String> unavailable) {

    /** True when no engine is configured for the pair at all, so the editor shows nothing. */
    public boolean none() {
        return found.isEmpty() && unavailable.isEmpty();
    }
}
