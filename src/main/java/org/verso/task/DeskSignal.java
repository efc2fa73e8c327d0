package org.verso.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.verso.live.LiveEvent;
import org.verso.live.LiveHub;

/** Once a task change is committed, tells every instance's open desk pages (through the live hub). */
@ApplicationScoped
class DeskSignal {

    private final LiveHub hub;

    DeskSignal(LiveHub hub) {
        this.hub = hub;
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskChanged changed) {
        hub.publish(LiveEvent.task(changed.documentId(), changed.language(), changed.stage().apiName()));
    }
}
