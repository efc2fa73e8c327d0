package org.verso.quality;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Role;
import org.verso.failure.InvalidInputException;
import org.verso.qa.QaChecks;

/** Which quality checks a document runs. */
@Path("/api/documents/{id}/qa-settings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality checks")
class QualityApi {

    /** The checks an admin turned off for one document. */
    record Settings(List<String> disabled) {
    }

    private final QualityService quality;

    QualityApi(QualityService quality) {
        this.quality = quality;
    }

    @GET
    @Operation(operationId = "getQaSettings",
            summary = "The checks turned off for a document")
    public Settings settings(@RestPath long id) {
        Set<String> disabled = quality.disabledChecksOf(id);
        return new Settings(QaChecks.all().stream().map(c -> c.id()).filter(disabled::contains).toList());
    }

    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateQaSettings",
            summary = "Turn checks off for a document: {\"disabled\": [check ids]}; the others run")
    public Settings update(@RestPath long id, Settings body) {
        if (body == null || body.disabled() == null) {
            throw new InvalidInputException(ErrQuality.class, m -> m.sendEmptyListTurns());
        }
        quality.setDisabledChecks(id, body.disabled());
        return settings(id);
    }
}
