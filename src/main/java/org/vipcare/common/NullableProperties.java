package org.vipcare.common;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The API's null rule (docs/api.md, "Conventions"): Jackson writes every field, a missing value as {@code null}, so
 * every property a schema does not list as required is declared nullable. A generated client then accepts the nulls
 * the service sends, and may send null for an optional input. Problem details omit empty members instead (see
 * {@link Problem}) and are left as they are.
 */
final class NullableProperties {

    private NullableProperties() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (!name.equals("Problem") && schema.getProperties() != null) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((property, value) -> {
                    if (!required.contains(property)) {
                        schema.addProperty(property, nullable(value));
                    }
                });
            }
        });
    }

    private static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            // a reference: null is one more alternative (a type beside $ref would narrow it instead)
            return OASFactory.createSchema().description(schema.getDescription())
                    .anyOf(List.of(OASFactory.createSchema().ref(schema.getRef()), nullSchema()));
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types == null || types.isEmpty()) {
            return OASFactory.createSchema().anyOf(List.of(schema, nullSchema()));
        }
        if (!types.contains(Schema.SchemaType.NULL)) {
            schema.addType(Schema.SchemaType.NULL);
            if (schema.getEnumeration() != null) {
                List<Object> values = new ArrayList<>(schema.getEnumeration());
                values.add(null);
                schema.setEnumeration(values);
            }
        }
        return schema;
    }

    private static Schema nullSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    }
}
