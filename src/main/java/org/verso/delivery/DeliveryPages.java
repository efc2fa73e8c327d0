package org.verso.delivery;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The editor's download links: the translation in a format, finished or partial.
 */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
class DeliveryPages {



    private final ExportService exports;

    DeliveryPages(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("download")
    public Response download(@RestPath long id, @RestPath String lang, @RestQuery String format,
                      @RestQuery boolean partial, @RestQuery String fillTargets) {
        return ExportResponses.of(exports.export(id, lang, format == null ? "txt" : format, partial,
                fillTargets));
    }
}
