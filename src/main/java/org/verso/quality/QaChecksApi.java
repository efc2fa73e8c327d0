package org.verso.quality;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.verso.qa.QaChecks;

/** The quality checks there are. */
@Path("/api/qa/checks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality checks")
class QaChecksApi {

    /** A check as listed: id, name, description, default severity. */
    record CheckView(String id, String name, String description, String severity) {
    }

    @GET
    @Operation(operationId = "listQaChecks",
            summary = "Every quality check: id, name, description, severity")
    public List<CheckView> checks() {
        return QaChecks.all().stream().map(c -> new CheckView(c.id(), c.name(), c.description(), c.severity().name()))
                .toList();
    }
}
