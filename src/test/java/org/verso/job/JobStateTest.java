package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The job lifecycle: queued → running → done | failed | cancelled, and nothing leaves an ended state. */
class JobStateTest {

    @Test
    void aQueuedJobRunsOrIsCancelledButNeverEndsDoneWithoutRunning() {
        assertTrue(JobState.QUEUED.canMoveTo(JobState.RUNNING));
        assertTrue(JobState.QUEUED.canMoveTo(JobState.CANCELLED));
        assertFalse(JobState.QUEUED.canMoveTo(JobState.DONE));
    }

    @Test
    void aRunningJobEndsOrGoesBackToTheQueueAfterItsInstanceDied() {
        for (JobState end : new JobState[] {JobState.DONE, JobState.FAILED, JobState.CANCELLED, JobState.QUEUED}) {
            assertTrue(JobState.RUNNING.canMoveTo(end), end.label());
        }
    }

    @Test
    void endedStatesAreFinal() {
        for (JobState ended : new JobState[] {JobState.DONE, JobState.FAILED, JobState.CANCELLED}) {
            assertTrue(ended.finished());
            for (JobState next : JobState.values()) {
                assertFalse(ended.canMoveTo(next), ended.label() + " → " + next.label());
            }
        }
        assertFalse(JobState.RUNNING.finished());
    }

    @Test
    void labelsAreLowercaseAndReadBack() {
        assertEquals("cancelled", JobState.CANCELLED.label());
        assertEquals(JobState.RUNNING, JobState.of("running"));
    }
}
