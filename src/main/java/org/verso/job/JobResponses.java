package org.verso.job;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The answers every long-running endpoint gives once it queued a job. */
public final class JobResponses {

    private JobResponses() {
    }

    /** API: 202 Accepted with the job, and where to follow it. */
    public static Response accepted(JobView job) {
        // Typed here: an endpoint that otherwise answers a file (an export) would pick its file type for the job.
        return Response.accepted(job).type(MediaType.APPLICATION_JSON_TYPE).location(URI.create("/api/jobs/"
                + job.id())).build();
    }

    /** Pages: 303 to the job's page, which shows its progress. */
    public static Response toPage(JobView job) {
        return Response.seeOther(URI.create("/jobs/" + job.id())).build();
    }
}
