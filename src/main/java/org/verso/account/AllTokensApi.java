package org.verso.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.RestPath;

/** Every user's API tokens, for admins: see them and revoke any. */
@Path("/api/tokens")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
class AllTokensApi {

    private final TokenService tokens;

    AllTokensApi(TokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    @Operation(operationId = "listAllTokens", summary = "Every user's API tokens, without their values (admins)")
    @APIResponse(responseCode = "200", description = "Every token, newest first, without its value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    @APIResponse(responseCode = "403", description = "Only admins list everyone's tokens")
    public List<TokenView> all() {
        return tokens.allTokens();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke anyone's API token (admins); 204")
    public void revoke(@RestPath long id) {
        tokens.revoke(id);
    }
}
