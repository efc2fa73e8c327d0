package org.verso.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.arc.Arc;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.verso.failure.Bundles;
import org.verso.failure.DomainException;
import org.verso.failure.EnglishBundles;
import org.verso.htmx.Htmx;

/**
 * Every failure becomes one readable answer: problem+json under /api, an error page in the site's layout for
 * pages, a flash message for htmx. No stack trace or class name ever reaches a client.
 */
class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** Where the login form posts (account.LoginAction). */
    private static final String FORM_LOGIN_POST = "/j_security_check";

    @Inject
    UiLocale ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);

        static native TemplateInstance flash(String detail);
    }

    @ServerExceptionMapper
    Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        return respond(e.kind().status(), e.title(), detail(e), e.details(), headers, uri);
    }

    /** The failure in the request's language; English if that cannot be written (a bundle gap must not hide it). */
    private String detail(DomainException e) {
        try {
            return e.detail(language());
        } catch (RuntimeException unsaid) {
            LOG.warn("An error detail could not be said in the request's language", unsaid);
            return e.getMessage();
        }
    }

    /**
     * Wrong credentials: a failed login form (back to it, with the error) or HTTP Basic. A mechanism that refused them
     * may already have added its own challenge (Basic its WWW-Authenticate) to the response; this answer replaces it,
     * so a browser never gets two different challenges or Location headers (Chrome refuses such a response).
     */
    @ServerExceptionMapper
    Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri,
                                  RoutingContext context) {
        context.response().headers().remove(HttpHeaders.LOCATION).remove(HttpHeaders.WWW_AUTHENTICATE);
        if (uri.getPath().endsWith(FORM_LOGIN_POST)) {
            return Response.seeOther(URI.create("/login?error=true")).build();
        }
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper(UnauthorizedException.class)
    Response unauthorized(HttpHeaders headers, UriInfo uri) {
        if (isApi(headers, uri)) {
            return problem(401, "Unauthorized", text().unauthorized(), Map.of(), uri).header("WWW-Authenticate", "Basic realm=\"Verso\"").build();
        }
        if (Htmx.isHtmx(headers)) {
            return Response.status(401).header(Htmx.REDIRECT, "/login").build();
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "Forbidden", text().forbidden(), Map.of(), headers, uri);
    }

    @ServerExceptionMapper
    Response invalidBody(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return respond(400, "Invalid JSON", text().invalidJson(e.getOriginalMessage()), Map.of(), headers, uri);
    }

    /** Well-formed JSON of the wrong shape; without this, Quarkus's built-in mapper answers plain JSON. */
    @ServerExceptionMapper
    Response mismatchedBody(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).collect(Collectors.joining("."));
        return respond(400, "Invalid JSON", field.isEmpty() ? text().bodyDoesNotFit() : text().fieldHasWrongType(field),
                Map.of(), headers, uri);
    }

    /** Two saves of one segment at once: the second waited for the row lock longer than the database allows. */
    @ServerExceptionMapper({jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class})
    Response busy(HttpHeaders headers, UriInfo uri) {
        return respond(409, "Busy", text().busy(), Map.of(), headers, uri);
    }

    @ServerExceptionMapper
    Response constraint(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        String detail = e.getConstraintViolations().stream().map(v -> text().violation(
                lastNode(v.getPropertyPath().toString()), v.getMessage())).sorted().collect(Collectors.joining("; "));
        return respond(400, "Invalid input", detail, Map.of(), headers, uri);
    }

    @ServerExceptionMapper
    Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String reason = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(status, reason, StatusMessages.of(status, text()), Map.of(), headers, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(500, "Internal error", text().unexpected(), Map.of(), headers, uri);
    }

    /** The details this class writes itself, in the request's language. */
    private ErrWeb text() {
        return language().bundle(ErrWeb.class);
    }

    /** The request's language; English when the failure happened where no request scope is active. */
    private Bundles language() {
        return Arc.container().requestContext().isActive() ? ui::bundle : EnglishBundles.INSTANCE;
    }

    private static Response respond(int status, String title, String detail, Map<String, Object> details,
                                    HttpHeaders headers, UriInfo uri) {
        if (isApi(headers, uri)) {
            return problem(status, title, detail, details, uri).build();
        }
        if (Htmx.isHtmx(headers)) {
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.flash(detail))
                    .header(Htmx.RETARGET, "#flash").header(Htmx.RESWAP, "innerHTML").build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(status, title, detail))
                .build();
    }

    private static Response.ResponseBuilder problem(int status, String title, String detail,
                                                    Map<String, Object> details, UriInfo uri) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri.getPath(), details));
    }

    /** API callers: the /api paths, and anyone who asks for JSON rather than a page. */
    private static boolean isApi(HttpHeaders headers, UriInfo uri) {
        if (uri.getPath().startsWith("/api/") || uri.getPath().equals("/api")) {
            return true;
        }
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains("html");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
