package org.verso.machine;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The machine translation engines and ad-hoc translation through them. */
@Path("/api/mt")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Machine translation")
class MachineApi {

    private final MachineRequests requests;

    MachineApi(MachineRequests requests) {
        this.requests = requests;
    }

    @GET
    @Path("providers")
    @Operation(operationId = "listMtProviders",
            summary = "Configured engines: [{id, name, pairs: [[source, target], …], available}]")
    public List<ProviderStatus> providers() {
        return requests.providers();
    }

    @GET
    @Path("translate")
    @Operation(operationId = "translateByMachine",
            summary = "Translate one text with every engine offering the pair: [{provider, text}]; an engine "
            + "that is down is left out")
    public List<Suggestion> translate(@RestQuery String q, @RestQuery String source, @RestQuery String target) {
        return requests.translate(q, source, target);
    }
}
