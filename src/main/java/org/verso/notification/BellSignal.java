package org.verso.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.verso.live.LiveEvent;
import org.verso.live.LiveHub;

/** After the commit that added or read someone's notices: to every instance, for that person's bells. */
@ApplicationScoped
class BellSignal {

    private final LiveHub hub;

    BellSignal(LiveHub hub) {
        this.hub = hub;
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesChanged changed) {
        hub.publish(LiveEvent.notices(changed.username()));
    }
}
