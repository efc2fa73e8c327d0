package org.verso.machine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.verso.failure.InvalidInputException;
import org.verso.language.LanguageTags;

/** Checks what people ask of the engines through the API and pages, then asks {@link MachineTranslation}. */
@ApplicationScoped
class MachineRequests {

    /** Longer texts belong in a document; engines cap their requests too. */
    static final int MAX_TEXT = 5_000;

    private final MachineTranslation machine;

    MachineRequests(MachineTranslation machine) {
        this.machine = machine;
    }

    List<ProviderStatus> providers() {
        return machine.providers();
    }

    List<Suggestion> translate(String text, String source, String target) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(ErrMachine.class, m -> m.giveTextTranslateQ());
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(ErrMachine.class, m -> m.giveMostCharactersTranslate(MAX_TEXT));
        }
        if (source == null || target == null) {
            throw new InvalidInputException(ErrMachine.class, m -> m.giveSourceTargetLanguages());
        }
        return machine.suggest(LanguageTags.normalize(source), LanguageTags.normalize(target), text).found();
    }
}
