package org.verso.failure;

import java.util.List;
import java.util.Map;

/**
 * An approval refused because quality checks found errors and no reason to approve anyway was given. The problem
 * document lists the findings under {@code issues}.
 */
public class QualityGateException extends DomainException {

    private final List<Map<String, Object>> issues;

    public QualityGateException(String message, List<Map<String, Object>> issues) {
        this(Message.verbatim(message), issues);
    }

    public QualityGateException(Message message, List<Map<String, Object>> issues) {
        super(Kind.INVALID, message);
        this.issues = List.copyOf(issues);
    }

    /** The findings: check, severity, message. */
    public List<Map<String, Object>> issues() {
        return issues;
    }

    @Override
    public String title() {
        return "Quality checks found errors";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("issues", issues);
    }
}
