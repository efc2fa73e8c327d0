package org.verso.task;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Actor;
import org.verso.account.Role;
import org.verso.translation.TaskFields;

/** One document language's task: read by anyone signed in, set by editors and admins. */
@Path("/api/documents/{id}/languages/{lang}/task")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
class TaskApi {

    /** The whole task; a field left out is cleared (priority: normal). */
    record TaskBody(@Schema(description = "Username with the language assigned, or null") String translator,
                    @Schema(description = "Username with the language assigned, or null") String reviewer,
                    @Schema(description = "ISO-8601 instant such as 2026-12-07T14:00:00Z; a past one is allowed"
                            + " (the task shows overdue)") String due,
                    @Schema(enumeration = {"breaking", "normal", "low"}) String priority) {
    }

    private final TaskService tasks;
    private final SecurityIdentity identity;

    TaskApi(TaskService tasks, SecurityIdentity identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getTask", summary = "The language's task: translator, reviewer, due, priority, stage")
    @APIResponse(responseCode = "200", description = "The task (an empty one when nobody set it yet)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "404", description = "No such document, or it is not translated into this language")
    public TaskView task(@RestPath long id, @RestPath String lang) {
        return tasks.task(id, lang);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    @Operation(operationId = "setTask", summary = "Set the language's translator, reviewer, due time and priority")
    @APIResponse(responseCode = "200", description = "The task as stored, with its stage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "An assignee without the language, a bad due time or priority")
    @APIResponse(responseCode = "404", description = "No such document, or it is not translated into this language")
    public TaskView assign(@RestPath long id, @RestPath String lang, TaskBody body) {
        TaskBody given = body == null ? new TaskBody(null, null, null, null) : body;
        return tasks.assign(id, lang, new TaskFields(given.translator(), given.reviewer(), given.due(),
                given.priority()), Actor.of(identity));
    }
}
