package org.verso.memory;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The production default: adding a target language pre-translates it from memory. */
public class PretranslateOnAdd implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("verso.memory.pretranslate.on-add", "true");
    }
}
