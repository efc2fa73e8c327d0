package org.verso.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.verso.account.MailChoice;

/** The profile offers an e-mail choice for every notification type, under the type's own name, and no other. */
class NotificationTypeTest {

    @Test
    void everyTypeHasItsEmailChoiceAndEveryChoiceItsType() {
        assertEquals(Arrays.stream(NotificationType.values()).map(NotificationType::apiName).toList(),
                Arrays.stream(MailChoice.values()).map(MailChoice::id).toList());
    }
}
