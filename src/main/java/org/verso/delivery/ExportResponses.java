package org.verso.delivery;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An export as a download, for the page and the API alike. */
final class ExportResponses {

    private ExportResponses() {
    }

    static Response of(ExportFile file) {
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content()).header("Content-Type", file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"; filename*=UTF-8''"
                        + encoded).build();
    }
}
