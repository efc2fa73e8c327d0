package org.verso.job;

/** Who asks about jobs: people see their own jobs, admins everyone's. */
public record JobCaller(String username, boolean admin) {

    boolean sees(Job job) {
        return admin || job.owner.equals(username);
    }
}
