package org.verso.job;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A finished job's file: where it lies, and the name and type it is downloaded under. */
public record JobDownload(Path file, String fileName, String mediaType) {

    /** An attachment under its name, also for names beyond ASCII (RFC 6266 filename*). */
    public String contentDisposition() {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
