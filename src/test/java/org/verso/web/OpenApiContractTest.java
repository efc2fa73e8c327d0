package org.verso.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.AuthorizationMatrixTest.Access;

/**
 * /q/openapi is a contract a client generator can trust: valid to a validator of its own, naming every /api route
 * of the code and nothing else, each operation with an id, a summary, a success answer and its real errors.
 */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
@QuarkusTest
class OpenApiContractTest {

    private static OpenAPI document() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages(), "swagger-parser's messages on /q/openapi");
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    /** Every operation of the document by "METHOD /path". */
    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    @Test
    void theDocumentIsValidAndNamesExactlyTheApiRoutesOfTheCode() {
        Set<String> apiRoutes = new TreeSet<>(Routes.all().stream().map(Routes.Route::key)
                .filter(key -> key.contains(" /api/")).toList());

        Map<String, Operation> documented = operations(document());

        assertEquals(apiRoutes, documented.keySet(), "every /api route, and only those, in /q/openapi");
    }

    @Test
    void everyOperationHasAnIdASummaryAndASuccessAnswer() {
        List<String> wrong = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        operations(document()).forEach((key, operation) -> {
            String id = operation.getOperationId();
            if (id == null || !id.matches("[a-z]+[A-Za-z]*") || !ids.add(id)) {
                wrong.add(key + ": operationId " + id + " missing, not camelCase or not unique");
            }
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                wrong.add(key + ": no summary");
            }
            if (operation.getResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                wrong.add(key + ": no success answer");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyErrorAnswerIsAProblemDocument() {
        OpenAPI api = document();
        List<String> wrong = new ArrayList<>();
        eachResponse(api, (key, response) -> {
            if (response.getKey().startsWith("4")) {
                var content = response.getValue().getContent();
                String ref = content == null || content.get(Problem.MEDIA_TYPE) == null ? null
                        : content.get(Problem.MEDIA_TYPE).getSchema().get$ref();
                if (!"#/components/schemas/Problem".equals(ref)) {
                    wrong.add(key + " " + response.getKey() + ": " + ref);
                }
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals(List.of("detail", "status", "title", "type"),
                api.getComponents().getSchemas().get("Problem").getRequired().stream().sorted().toList());
    }

    /**
     * 401 everywhere; 403 exactly where a signed-in person can be refused (every state-changing call, because of the
     * cross-site guard, and the reading calls the authorization matrix restricts); 404 where the path names
     * something.
     */
    @Test
    void theErrorAnswersAreTheOnesTheRoutesGive() {
        List<String> wrong = new ArrayList<>();
        operations(document()).forEach((key, operation) -> {
            Set<String> codes = operation.getResponses().keySet();
            Access access = AuthorizationMatrixTest.ACCESS.get(key);
            boolean refuses = !key.startsWith("GET ") || access != Access.SIGNED_IN && access.refusal == 403;
            if (!codes.contains("401") || codes.contains("403") != refuses
                    || codes.contains("404") != key.contains("{")) {
                wrong.add(key + " documents " + codes + " (access " + access + ")");
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** A generated client types each answer from its schema: a success with a body must name one. */
    @Test
    void everySuccessSaysWhatItCarries() {
        List<String> wrong = new ArrayList<>();
        eachResponse(document(), (key, response) -> {
            String code = response.getKey();
            var content = response.getValue().getContent();
            if (!code.startsWith("2") || code.equals("204")) {
                return;
            }
            if (content == null || content.isEmpty()) {
                wrong.add(key + " " + code + ": no content (an empty answer is 204)");
            } else {
                content.forEach((type, media) -> {
                    var schema = media.getSchema();
                    if (schema == null || schema.get$ref() == null && schema.getType() == null
                            && schema.getTypes() == null) {
                        wrong.add(key + " " + code + " " + type + ": no schema");
                    }
                });
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** Roles and token scopes are the code's own words, offered as enums (a client cannot misspell "reviewer"). */
    @Test
    void rolesAndScopesAreEnums() {
        var schemas = document().getComponents().getSchemas();
        List<Object> roles = java.util.stream.Stream.of(org.verso.account.Role.values()).map(r -> (Object) r.id())
                .toList();
        for (String name : List.of("NewUser", "UserView", "UserUpdate")) {
            assertEquals(roles, items(schemas.get(name), "roles"), name);
        }
        assertEquals(List.of("read", "write", "admin"), items(schemas.get("NewToken"), "scopes"));
        assertEquals(List.of("name", "scopes"), schemas.get("NewToken").getRequired());
    }

    private static List<?> items(io.swagger.v3.oas.models.media.Schema<?> schema, String property) {
        io.swagger.v3.oas.models.media.Schema<?> list = (io.swagger.v3.oas.models.media.Schema<?>) schema
                .getProperties().get(property);
        return list.getItems().getEnum();
    }

    @Test
    void theWaysToLogInAreDeclared() {
        OpenAPI api = document();
        assertEquals(Set.of("basicAuth", "sessionCookie", "bearerAuth"),
                api.getComponents().getSecuritySchemes().keySet());
        assertEquals(3, api.getSecurity().size());
    }

    @Test
    void createsAnswer201WithTheResourceAndDeletes204() {
        Map<String, Operation> operations = operations(document());

        ApiResponse imported = operations.get("POST /api/documents").getResponses().get("201");
        ApiResponse deleted = operations.get("DELETE /api/documents/{id}").getResponses().get("204");
        Map<String, ApiResponse> export = operations.get("GET /api/documents/{id}/languages/{lang}/export")
                .getResponses();

        assertEquals("#/components/schemas/DocumentSummary",
                imported.getContent().get("application/json").getSchema().get$ref());
        assertNotNull(deleted);
        assertTrue(export.get("200").getContent().containsKey("application/xliff+xml"), export.keySet().toString());
        assertEquals("#/components/schemas/JobView",
                export.get("202").getContent().get("application/json").getSchema().get$ref());
    }

    @Test
    void swaggerUiIsForLoggedInPeopleOnly() {
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(401);
        Api.ADMIN.request().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(200)
                // its page starts with an inline script: allowed there, and only there
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self' 'unsafe-inline'"));
        Api.ADMIN.request().get("/api/documents").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self';"));
    }

    private static void eachResponse(OpenAPI api, BiConsumer<String, Map.Entry<String, ApiResponse>> action) {
        operations(api).forEach((key, operation) -> operation.getResponses().entrySet()
                .forEach(response -> action.accept(key, response)));
    }
}
