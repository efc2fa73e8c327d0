package org.verso.task;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.account.Role;

/** The desk: recent documents × their languages' tasks, for editors and admins. */
@Path("/api/desk")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
class DeskApi {

    private final WorkQueries work;

    DeskApi(WorkQueries work) {
        this.work = work;
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    @Operation(operationId = "getDesk", summary = "The desk matrix: recent documents in use × target languages, with"
            + " stage, assignees, due, progress and overdue; optionally one language or only overdue tasks")
    @APIResponse(responseCode = "200", description = "The matrix, newest document first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DeskRow.class)))
    @APIResponse(responseCode = "403", description = "Only editors and admins see the desk")
    public List<DeskRow> desk(@RestQuery String language, @RestQuery boolean overdue) {
        return work.desk(language, overdue);
    }
}
