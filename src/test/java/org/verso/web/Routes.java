package org.verso.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Every HTTP route the code declares, pages and API alike, read from the JAX-RS annotations of the resource classes
 * (not from the OpenAPI document, which describes the JSON API only). Methods sharing a method and path (a JSON and
 * a multipart import) are one route, as they are one operation to a client.
 */
final class Routes {

    /** "POST /api/glossary", the media type its body takes (the first by name, if several), and whether it streams. */
    record Route(String method, String path, String bodyType, boolean eventStream) {

        String key() {
            return method + " " + path;
        }
    }

    private static final Pattern REGEX_PARAMETER = Pattern.compile("\\{([^}:]+):[^}]*}");
    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(RestPath.class, RestQuery.class,
            RestForm.class, RestHeader.class, RestCookie.class, PathParam.class, QueryParam.class, FormParam.class,
            HeaderParam.class, CookieParam.class, BeanParam.class, Context.class);
    /** Types Quarkus REST injects into a resource method without an annotation. */
    private static final Set<String> INJECTED = Set.of("io.vertx.ext.web.RoutingContext",
            "io.vertx.core.http.HttpServerRequest", "io.vertx.core.http.HttpServerResponse",
            "jakarta.ws.rs.core.HttpHeaders", "jakarta.ws.rs.core.UriInfo", "jakarta.ws.rs.core.Request",
            "jakarta.ws.rs.core.SecurityContext", "jakarta.ws.rs.sse.Sse", "jakarta.ws.rs.sse.SseEventSink",
            "org.jboss.resteasy.reactive.server.ServerRequestContext");

    private Routes() {
    }

    static List<Route> all() {
        Map<String, Route> routes = new TreeMap<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.verso").stream()
                .filter(c -> c.isAnnotatedWith(Path.class) && !c.isInterface())
                .map(JavaClass::reflect)
                .flatMap(Routes::routes)
                .forEach(route -> routes.merge(route.key(), route, (a, b) -> new Route(a.method(), a.path(),
                        first(a.bodyType(), b.bodyType()), a.eventStream() || b.eventStream())));
        return List.copyOf(routes.values());
    }

    private static Stream<Route> routes(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        return Arrays.stream(resource.getDeclaredMethods()).filter(m -> httpMethod(m) != null).map(m -> {
            Path sub = m.getAnnotation(Path.class);
            String path = join(base, sub == null ? "" : sub.value());
            return new Route(httpMethod(m), REGEX_PARAMETER.matcher(path).replaceAll("{$1}"), bodyType(resource, m),
                    mediaTypes(resource, m).contains("text/event-stream"));
        });
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                .map(HttpMethod::value).findFirst().orElse(null);
    }

    /**
     * What a body takes, as the OpenAPI scanner read it: none without a body or form parameter; else the declared
     * {@code @Consumes}, or by default JSON for a body and a URL-encoded form for form parameters.
     */
    private static String bodyType(Class<?> resource, Method method) {
        boolean body = Arrays.stream(method.getParameters()).anyMatch(Routes::isBody);
        boolean form = Arrays.stream(method.getParameters())
                .anyMatch(p -> p.isAnnotationPresent(RestForm.class) || p.isAnnotationPresent(FormParam.class));
        if (!body && !form) {
            return null;
        }
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        if (consumes != null) {
            return Arrays.stream(consumes.value()).sorted().findFirst().orElse(null);
        }
        return body ? "application/json" : "application/x-www-form-urlencoded";
    }

    private static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).noneMatch(a -> NOT_BODY.contains(a.annotationType()))
                && !INJECTED.contains(parameter.getType().getName());
    }

    private static List<String> mediaTypes(Class<?> resource, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        return produces == null ? List.of() : List.of(produces.value());
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String first(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }
}
