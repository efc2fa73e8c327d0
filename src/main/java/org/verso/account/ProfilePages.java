package org.verso.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.failure.InvalidInputException;

/** Each person's profile page: e-mail, time zone, password, and their API tokens. */
@Path("/profile")
@Authenticated
class ProfilePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(UserView me, List<TokenView> tokens, CreatedToken created,
                                               boolean admin, List<MailChoice> mailChoices,
                                               List<InterfaceLanguage> interfaceLanguages);

        static native TemplateInstance password(boolean required);
    }

    private final ProfileService profiles;
    private final TokenService tokens;
    private final Sessions sessions;
    private final SecurityIdentity identity;

    ProfilePages(ProfileService profiles, TokenService tokens, Sessions sessions, SecurityIdentity identity) {
        this.profiles = profiles;
        this.tokens = tokens;
        this.sessions = sessions;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return page(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestForm String email, @RestForm String timeZone,
                           @RestForm List<String> emailNotifications, @RestForm String language) {
        // A form without any box ticked sends no field at all: that clears the choices.
        profiles.updateProfile(me(), new ProfileService.UserUpdateFields(email == null ? "" : email,
                timeZone == null ? "" : timeZone, emailNotifications == null ? List.of() : emailNotifications,
                language == null ? "" : language));
        return Response.seeOther(URI.create("/profile")).build();
    }

    /** The password form; after an admin's reset, the only page the user can open until they use it. */
    @GET
    @Path("password")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance passwordForm() {
        return Templates.password(profiles.profile(me()).mustChangePassword());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
                                   RoutingContext http) {
        profiles.changePassword(me(), currentPassword, newPassword, sessions.currentToken(http));
        return Response.seeOther(URI.create("/profile")).build();
    }

    /** Creates a token and shows it on this answer only: it is never in a URL, and never shown again. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance createToken(@RestForm String name, @RestForm List<String> scopes,
                                        @RestForm String expires) {
        return page(tokens.create(me(), new NewToken(name, scopes, endOfDay(expires))));
    }

    @POST
    @Path("tokens/{id}/delete")
    public Response revokeToken(@RestPath long id) {
        tokens.revokeOwn(me(), id);
        return Response.seeOther(URI.create("/profile#tokens")).build();
    }

    private TemplateInstance page(CreatedToken created) {
        return Templates.profile(profiles.profile(me()), tokens.tokensOf(me()), created,
                identity.hasRole(Role.ADMIN_NAME), List.of(MailChoice.values()), InterfaceLanguage.ALL);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    /** A date picked in the form: the token works until the end of that day (UTC); blank: no expiry. */
    private static java.time.Instant endOfDay(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ErrAccount.class, m -> m.dateYyyyMmDd(date));
        }
    }
}
