package org.verso.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** An RFC 9457 problem document; extension members (current text and version of a conflict…) sit at top level. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    /** Extension members; one named like a standard member would shadow it, so such a key is left out. */
    @JsonAnyGetter
    public Map<String, Object> any() {
        Map<String, Object> extra = new LinkedHashMap<>(extensions);
        extra.keySet().removeAll(MEMBERS);
        return extra;
    }
}
