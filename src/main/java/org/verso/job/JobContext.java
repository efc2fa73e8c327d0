package org.verso.job;

/** What a running job sees of itself: who started it, and a way to report progress and hear a cancel. */
public final class JobContext {

    private final long id;
    private final String owner;
    private final JobStore store;
    private boolean cancelled;
    private long done;
    private long total;

    JobContext(long id, String owner, JobStore store) {
        this.id = id;
        this.owner = owner;
        this.store = store;
    }

    public long id() {
        return id;
    }

    /** The user who started the job; the work is done in their name. */
    public String owner() {
        return owner;
    }

    /**
     * Records how far the job got (one short transaction) and answers whether to go on: false once someone asked
     * to cancel it. Call it at batch boundaries, where stopping leaves everything consistent.
     */
    public boolean progress(long done, long total, String message) {
        this.done = done;
        this.total = total;
        if (store.progress(id, done, total, message)) {
            cancelled = true;
        }
        return !cancelled;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** How far the job said it got, for the message it ends with. */
    String reach() {
        return total > 0 ? done + " of " + total + " units" : done + " units";
    }
}
