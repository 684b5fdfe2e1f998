package org.vipcare.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Query parameters are read as text so that a bad value gets a 400 naming the parameter (see {@link QueryParams},
 * {@link PageRequest}); the scanner therefore sees strings. This types them by name, once for the whole API: paging,
 * ids, flags and times. Enum filters name their enum on the resource ({@code @Parameter(schema = ...)}).
 */
final class QueryParameterSchemas {

    private static final Set<String> FLAGS = Set.of("watch", "overdue", "answered", "active");
    private static final Set<String> INSTANTS_OR_DATES = Set.of("from", "to", "dueBefore");

    private QueryParameterSchemas() {
    }

    static void addTo(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(p -> p.getIn() == Parameter.In.QUERY && isBareString(p.getSchema()))
                        .forEach(QueryParameterSchemas::type);
            }
        });
    }

    private static void type(Parameter parameter) {
        String name = parameter.getName();
        switch (name) {
            case "page" -> parameter.schema(integer().minimum(BigDecimal.ZERO).defaultValue(0))
                    .description("0-based page number");
            case "size" -> parameter.schema(integer().minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE)).defaultValue(PageRequest.DEFAULT_SIZE))
                    .description("Items per page");
            case "sort" -> parameter.schema(string().examples(List.of("createdAt,desc"))).description(
                    "field, field,asc or field,desc (default asc); the operation's description lists the fields");
            default -> {
                if (name.endsWith("Id")) {
                    parameter.schema(string().format("uuid"));
                } else if (FLAGS.contains(name)) {
                    parameter.schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN));
                } else if (INSTANTS_OR_DATES.contains(name)) {
                    // one string type with both forms, so that a generator keeps one argument and a validator checks it
                    parameter.schema(string().pattern(QueryParams.INSTANT_OR_DATE_PATTERN)
                            .examples(List.of("2026-11-24", "2026-11-24T09:30:00+08:00")));
                    if (parameter.getDescription() == null) {
                        parameter.description(QueryParams.INSTANT_OR_DATE);
                    }
                }
            }
        }
    }

    private static boolean isBareString(Schema schema) {
        return schema != null && schema.getRef() == null && List.of(Schema.SchemaType.STRING).equals(schema.getType())
                && schema.getFormat() == null && schema.getEnumeration() == null;
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
