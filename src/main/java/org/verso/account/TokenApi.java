package org.verso.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.failure.InvalidInputException;

/** Each person's own API tokens: create (shown once), list, revoke. */
@Path("/api/me/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
class TokenApi {

    private final TokenService tokens;
    private final SecurityIdentity identity;

    TokenApi(TokenService tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Create an API token {name, scopes: read|write|admin, expiresAt?};"
            + " 201 with the token, the only time it is shown; send it as Authorization: Bearer <token>")
    @APIResponse(responseCode = "201", description = "The new token with its value; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedToken.class)))
    public Response create(NewToken body) {
        if (body == null) {
            throw new InvalidInputException(ErrAccount.class, m -> m.sendJsonBodyName());
        }
        CreatedToken created = tokens.create(identity.getPrincipal().getName(), body);
        return Response.created(URI.create("/api/me/tokens/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listMyTokens", summary = "My API tokens, without their values")
    public List<TokenView> mine() {
        return tokens.tokensOf(identity.getPrincipal().getName());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeMyToken", summary = "Revoke one of my API tokens; 204")
    public void revokeMine(@RestPath long id) {
        tokens.revokeOwn(identity.getPrincipal().getName(), id);
    }
}
