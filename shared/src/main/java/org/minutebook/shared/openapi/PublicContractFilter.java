package org.minutebook.shared.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every service's OpenAPI document says the same way, so that it passes a linter's recommended rules without
 * hand-edited output (set with {@code mp.openapi.filter}):
 * <ul>
 * <li>an operation with no security requirement is public ({@code security: []}): every endpoint is annotated and an
 * unannotated one is refused, so the only operations left without a requirement are {@code @PermitAll};</li>
 * <li>every operation documents a 4xx: the shared request hygiene answers any of them 400 problem+json for a path or
 * query that is not UTF-8 or holds control characters;</li>
 * <li>the server is the one that serves the document (a relative URL), not a build machine's host and port.</li>
 * </ul>
 */
public class PublicContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(
                List.of(OASFactory.createServer().url("/").description("The service serving this document")));
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(PROBLEM, problemSchema());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(List.of());
                }
                documentBadRequest(operation);
            }
        }
    }

    private static void documentBadRequest(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, ?> codes = responses.getAPIResponses();
        if (codes != null && codes.keySet().stream().anyMatch(code -> code.startsWith("4"))) {
            return;
        }
        responses.addAPIResponse("400", OASFactory.createAPIResponse()
                .description("The request is malformed: a path or query that is not UTF-8 or holds control "
                        + "characters, or a parameter out of range")
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM)))));
    }

    /** RFC 9457 problem details, with the members this project adds. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", text).addProperty("message", text)));
    }
}
