package org.verso.job;

import java.util.List;

/** A job as its page shows it: the API view plus who started it, a title, the result link and readable lines. */
public record JobPage(JobView job, String owner, String title, String resultUrl, List<String> lines) {
}
