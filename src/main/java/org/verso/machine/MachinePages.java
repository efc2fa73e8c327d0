package org.verso.machine;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.verso.account.Role;

/** Admins see which engines are configured, whether they answer, and the language pairs they offer. */
@Path("/machine-translation")
@RolesAllowed(Role.ADMIN_NAME)
class MachinePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance providers(List<ProviderStatus> providers);
    }

    private final MachineRequests requests;

    MachinePages(MachineRequests requests) {
        this.requests = requests;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance providers() {
        return Templates.providers(requests.providers());
    }
}
