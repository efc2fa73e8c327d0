package org.verso.job;

import java.util.List;

/**
 * A job as its page shows it: the API view plus who started it, a title, the result link, readable lines and, for a
 * finished job that wrote a file, its download link (else null).
 */
public record JobPage(JobView job, String owner, String title, String resultUrl, List<String> lines,
                      String download) {
}
