package org.credalign.commons.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Jackson writes an absent value as null, so every property a schema does not list as required may be null on the
 * wire ("description": null, "rank": null when a state has no data). The generated document said "string" or
 * "number" only, and Prism and Portman rightly flagged real responses as breaking it. This filter makes each
 * optional property of the component schemas nullable: null is added to its types; an enum property becomes
 * anyOf [the enum, null] and a $ref property anyOf [the ref, null]. Required properties stay as they are.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OptionalPropertiesMayBeNull implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(OptionalPropertiesMayBeNull::nullableOptionals);
    }

    static void nullableOptionals(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> replaced = new LinkedHashMap<>();
        properties.forEach((name, property) -> replaced.put(name, required.contains(name) ? property : nullable(property)));
        schema.setProperties(replaced);
    }

    static Schema nullable(Schema property) {
        Schema nullOnly = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        if (property.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(property.getRef());
            return OASFactory.createSchema().description(property.getDescription())
                    .anyOf(new ArrayList<>(List.of(reference, nullOnly)));
        }
        List<Schema.SchemaType> types = property.getType();
        if (types == null || types.isEmpty()) {
            return property;
        }
        if (property.getEnumeration() != null && !property.getEnumeration().isEmpty()) {
            // An enum refuses null whatever the type says, and the document writer drops null from enum lists.
            List<Schema.SchemaType> valueTypes = new ArrayList<>(types);
            valueTypes.remove(Schema.SchemaType.NULL);
            Schema values = OASFactory.createSchema().type(valueTypes)
                    .enumeration(new ArrayList<>(property.getEnumeration()));
            return OASFactory.createSchema().description(property.getDescription())
                    .anyOf(new ArrayList<>(List.of(values, nullOnly)));
        }
        if (!types.contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }
}
