package org.verso.task;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My open tasks, by due time. Its own class beside the profile's {@code /api/me}. */
@Path("/api/me/tasks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
class MyWorkApi {

    private final WorkQueries work;
    private final SecurityIdentity identity;

    MyWorkApi(WorkQueries work, SecurityIdentity identity) {
        this.work = work;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyTasks",
            summary = "My open tasks (translating or in review) as translator or reviewer, by due time, nulls last")
    @APIResponse(responseCode = "200", description = "The tasks", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MyTask.class)))
    public List<MyTask> myTasks() {
        return work.myTasks(identity.getPrincipal().getName());
    }
}
