package org.verso.machine;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the machine translation engines page. The texts are in {@code messages/machine_*.properties} (English, Russian, Persian, Tajik). */
@MessageBundle(value = "machine", locale = "en")
public interface MachineMessages {

    @Message String machineTranslation();
    @Message String engines();
    @Message String configuredWith();
    @Message String and();
    @Message String offWithoutUrl();
    @Message String noEngine();
    @Message String colEngine();
    @Message String colStatus();
    @Message String colPairs();
    @Message String available();
    @Message String unavailable();
    @Message String noAnswer();
}
