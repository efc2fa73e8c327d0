package org.verso.task;

import java.util.Arrays;
import java.util.Locale;
import org.verso.failure.InvalidInputException;

/** How urgent a task is; written in lower case in the API ({@code breaking|normal|low}), normal when not given. */
public enum TaskPriority {
    BREAKING, NORMAL, LOW;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Null or blank: normal; anything else but the three names is refused (400). */
    static TaskPriority parse(String value) {
        if (value == null || value.isBlank()) {
            return NORMAL;
        }
        return Arrays.stream(values()).filter(p -> p.apiName().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(ErrTask.class, m -> m.priorityOneBreakingNormal(value)));
    }
}
