package com.pulumi.wellarchitected.provider.catalog;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.provider.accepter.LensShareAccepterResource;
import com.pulumi.wellarchitected.provider.lens.GetLensFunction;
import com.pulumi.wellarchitected.provider.lens.LensResource;
import com.pulumi.wellarchitected.provider.lensshare.GetLensSharesFunction;
import com.pulumi.wellarchitected.provider.lensshare.LensShareResource;
import com.pulumi.wellarchitected.provider.lensshare.LensShareType;
import com.pulumi.wellarchitected.provider.lensshare.UserLog;
import com.pulumi.wellarchitected.provider.resource.ManagedResource;
import com.pulumi.wellarchitected.provider.resource.ObjectTypeDefinition;
import com.pulumi.wellarchitected.provider.resource.ProviderFunction;
import com.pulumi.wellarchitected.provider.schema.PackageSchema;
import com.pulumi.wellarchitected.provider.settings.OrganizationSharingResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every resource type and function of the package, by token: what the provider dispatches to and what the schema
 * is built from. Adding a resource type is one class and one line here.
 */
public final class Catalog {

    private static final List<ObjectTypeDefinition> TYPES = List.of(GetLensSharesFunction.SHARE_SUMMARY);

    private final Map<String, ManagedResource> resources = new LinkedHashMap<>();
    private final Map<String, ProviderFunction> functions = new LinkedHashMap<>();

    /** @param region the provider's Region, when configured */
    public Catalog(Optional<String> region, WellArchitectedApis apis, UserLog log) {
        add(new LensShareType(new LensShareResource(region, apis.shares(), log), apis.shares()));
        add(new LensResource(apis.lenses(), log));
        add(new LensShareAccepterResource(region, apis.invitations(), apis.lenses(), log));
        add(new OrganizationSharingResource(region, apis.settings(), log));
        add(new GetLensSharesFunction(apis.shares()));
        add(new GetLensFunction(apis.lenses()));
    }

    public Optional<ManagedResource> resource(String type) {
        return Optional.ofNullable(resources.get(type));
    }

    public Optional<ProviderFunction> function(String token) {
        return Optional.ofNullable(functions.get(token));
    }

    public List<String> resourceTypes() {
        return List.copyOf(resources.keySet());
    }

    public List<String> functionTokens() {
        return List.copyOf(functions.keySet());
    }

    /** The object types the resources' and functions' fields refer to, such as a list result's items. */
    public static List<ObjectTypeDefinition> types() {
        return TYPES;
    }

    /**
     * The package schema: the package's own part ({@code package.json}: names, languages, configuration) and the
     * declared resources, types and functions.
     */
    public String schemaJson() {
        JsonObject schema = JsonParser.parseString(PackageSchema.packageJson()).getAsJsonObject();
        JsonObject types = new JsonObject();
        TYPES.forEach(type -> types.add(type.token(), type.schema()));
        JsonObject resourceSchemas = new JsonObject();
        resources.forEach((token, resource) ->
                resourceSchemas.add(token, resource.definition().schema()));
        JsonObject functionSchemas = new JsonObject();
        functions.forEach((token, function) ->
                functionSchemas.add(token, function.definition().schema()));
        schema.add("resources", resourceSchemas);
        schema.add("types", types);
        schema.add("functions", functionSchemas);
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        return gson.toJson(schema) + "\n";
    }

    private void add(ManagedResource resource) {
        resources.put(resource.definition().token(), resource);
    }

    private void add(ProviderFunction function) {
        functions.put(function.definition().token(), function);
    }
}
