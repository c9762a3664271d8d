package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.provider.catalog.Catalog;
import com.pulumi.wellarchitected.provider.resource.ObjectTypeDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The resource types and data sources served: one per resource type and function of the core's catalog. */
final class Served {

    private final Map<String, ResourceAdapter> resources = new LinkedHashMap<>();
    private final Map<String, DataSourceAdapter> dataSources = new LinkedHashMap<>();

    Served(Catalog catalog) {
        Map<String, ObjectTypeDefinition> types =
                Catalog.types().stream().collect(Collectors.toMap(ObjectTypeDefinition::token, Function.identity()));
        for (String token : catalog.resourceTypes()) {
            TypeSchema type =
                    TypeSchema.resource(catalog.resource(token).orElseThrow().definition(), types);
            resources.put(type.typeName(), new ResourceAdapter(type));
        }
        for (String token : catalog.functionTokens()) {
            TypeSchema type =
                    TypeSchema.dataSource(catalog.function(token).orElseThrow().definition(), types);
            dataSources.put(type.typeName(), new DataSourceAdapter(type));
        }
    }

    Map<String, ResourceAdapter> resources() {
        return resources;
    }

    Map<String, DataSourceAdapter> dataSources() {
        return dataSources;
    }

    Optional<ResourceAdapter> resource(String typeName) {
        return Optional.ofNullable(resources.get(typeName));
    }

    Optional<DataSourceAdapter> dataSource(String typeName) {
        return Optional.ofNullable(dataSources.get(typeName));
    }

    List<String> resourceTypes() {
        return List.copyOf(resources.keySet());
    }

    List<String> dataSourceTypes() {
        return List.copyOf(dataSources.keySet());
    }
}
