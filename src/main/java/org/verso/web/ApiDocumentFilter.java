package org.verso.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.verso.account.Role;
import org.verso.account.TokenScope;

/**
 * Shapes /q/openapi into the JSON API's contract: only the /api paths (pages and form routes are not an API), the
 * shared RFC 9457 {@code Problem} body on every error answer, and the ways to log in. Error answers that follow
 * from the route itself are added here, the same way for every operation, so none can be forgotten:
 * 401 everywhere (every /api route needs a login), 403 on every state-changing call (the cross-site guard, roles,
 * language assignments), 404 where the path names something, 400 where the call takes a body or query
 * parameters. Answers only some routes give (403 on a reading route, 409) are annotated on their methods.
 * Runs at build time: the document is then ready in the jar instead of being filtered and written out at every
 * start (docs/performance.md, "Start and footprint").
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String BASIC = "basicAuth";
    static final String SESSION = "sessionCookie";
    static final String BEARER = "bearerAuth";
    /** The login session's cookie (account.Sessions). */
    private static final String SESSION_COOKIE = "verso-session";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: the detail names the field or line",
            "401", "Not logged in: send HTTP Basic credentials or the session cookie",
            "403", "Refused: your role or language assignment does not allow this, or the request came from another "
                    + "site",
            "404", "Nothing with this id (or not yours to see)",
            "409", "Conflict with the current state: the detail says what to do");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith("/api/")).toList()
                .forEach(api.getPaths()::removePathItem);
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describeErrors(path, method, operation)));
        api.getComponents().addSchema(PROBLEM, problem());
        nameUploadForms(api);
        freeFormJson(api);
        namedValues(api);
        dropUnusedSchemas(api);
        api.getComponents().setSecuritySchemes(null);
        api.getComponents().addSecurityScheme(BASIC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic").description("User name and password"));
        api.getComponents().addSecurityScheme(SESSION, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name(SESSION_COOKIE)
                .description("The session cookie the login form (POST /j_security_check) sets"));
        api.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A personal API token, where this instance issues them"));
        api.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BASIC),
                OASFactory.createSecurityRequirement().addScheme(SESSION),
                OASFactory.createSecurityRequirement().addScheme(BEARER)));
    }

    /**
     * An upload's form fields become a named schema ({@code importDocument} → {@code ImportDocumentForm}): a client
     * generator names inline ones itself and, for a call that also takes JSON, forgets to write them.
     */
    private static void nameUploadForms(OpenAPI api) {
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            var body = operation.getRequestBody();
            var form = body == null || body.getContent() == null ? null
                    : body.getContent().getMediaType("multipart/form-data");
            if (form != null && form.getSchema() != null && form.getSchema().getRef() == null
                    && operation.getOperationId() != null) {
                String id = operation.getOperationId();
                String name = Character.toUpperCase(id.charAt(0)) + id.substring(1) + "Form";
                api.getComponents().addSchema(name, form.getSchema());
                form.setSchema(OASFactory.createSchema().ref(name));
            }
        }));
    }

    /** A Jackson tree in a record (a job's result) is any JSON object, not Jackson's JsonNode class. */
    private static void freeFormJson(OpenAPI api) {
        api.getComponents().getSchemas().values().stream().filter(s -> s.getProperties() != null)
                .forEach(schema -> Map.copyOf(schema.getProperties()).forEach((name, property) -> {
                    if (property.getRef() != null && property.getRef().endsWith("/JsonNode")) {
                        schema.addProperty(name, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .description(property.getDescription()));
                    }
                }));
    }

    /**
     * Lists of roles and of token scopes are lists of known words: their items become enums from the code's own
     * {@link Role} and {@link TokenScope}, so a generated client offers them.
     */
    private static void namedValues(OpenAPI api) {
        Map<String, List<Object>> words = Map.of(
                "roles", Stream.of(Role.values()).map(r -> (Object) r.id()).toList(),
                "scopes", Stream.of(TokenScope.values()).map(t -> (Object) t.id()).toList());
        api.getComponents().getSchemas().values().stream().filter(s -> s.getProperties() != null)
                .forEach(schema -> words.forEach((name, values) -> {
                    Schema property = schema.getProperties().get(name);
                    if (property != null && property.getItems() != null && property.getItems().getRef() == null) {
                        property.getItems().setEnumeration(values);
                    }
                }));
    }

    /** The pages' Qute and Vert.x types leave schemas behind that no /api operation names. */
    private static void dropUnusedSchemas(OpenAPI api) {
        Set<String> used = new HashSet<>();
        Deque<Schema> open = new ArrayDeque<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> add(open, p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), open);
            }
            operation.getResponses().getAPIResponses().values().forEach(r -> contentSchemas(r.getContent(), open));
        }));
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        while (!open.isEmpty()) {
            Schema schema = open.pop();
            String ref = schema.getRef();
            if (ref != null) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (used.add(name)) {
                    add(open, schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> add(open, p));
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                    .forEach(list -> list.forEach(s -> add(open, s)));
            add(open, schema.getItems());
            add(open, schema.getAdditionalPropertiesSchema());
            add(open, schema.getNot());
        }
        Set.copyOf(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(api.getComponents()::removeSchema);
    }

    private static void contentSchemas(Content content, Deque<Schema> open) {
        if (content != null) {
            content.getMediaTypes().values().forEach(m -> add(open, m.getSchema()));
        }
    }

    private static void add(Deque<Schema> open, Schema schema) {
        if (schema != null) {
            open.push(schema);
        }
    }

    private static void describeErrors(String path, PathItem.HttpMethod method, Operation operation) {
        if (method == PathItem.HttpMethod.GET) {
            // A GET never reads a body; an injected RoutingContext must not be taken for one.
            operation.setRequestBody(null);
        }
        operation.setSecurity(null);
        APIResponses responses = operation.getResponses();
        List<String> codes = new ArrayList<>(List.of("401"));
        if (method != PathItem.HttpMethod.GET) {
            codes.add("403");
        }
        if (path.contains("{")) {
            codes.add("404");
        }
        boolean queried = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (operation.getRequestBody() != null || queried) {
            codes.add("400");
        }
        codes.forEach(code -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse());
            }
        });
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4")) {
                problemBody(code, response);
            }
        });
    }

    private static void problemBody(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals("Bad Request")) {
            response.setDescription(ERRORS.getOrDefault(code, "Refused"));
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    /** The members ErrorMappers writes; extension members (a conflict's current text…) sit beside them. */
    private static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document; some answers add members (a conflict's current text "
                        + "and version, an export's missing segments)")
                .addProperty("type", string("A URI naming the kind of problem; \"about:blank\"", "uri-reference"))
                .addProperty("title", string("Short summary of the kind of problem", null))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("The HTTP status code"))
                .addProperty("detail", string("What went wrong and what to do, for a person to read", null))
                .addProperty("instance", string("The path of the request", "uri-reference"))
                .required(List.of("type", "title", "status", "detail"))
                .additionalPropertiesBoolean(true);
    }

    private static Schema string(String description, String format) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format(format).description(description);
    }
}
