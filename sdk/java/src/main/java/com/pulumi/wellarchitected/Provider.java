package com.pulumi.wellarchitected;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.core.internal.Codegen;
import com.pulumi.resources.CustomResourceOptions;

/**
 * The provider type for the wellarchitected package: the AWS account, Region and endpoint that lens shares are
 * managed in. Create one explicitly for a second Region or account and pass it to resources with
 * {@code CustomResourceOptions.builder().provider(...)}.
 */
@ResourceType(type = "pulumi:providers:wellarchitected")
public class Provider extends com.pulumi.resources.ProviderResource {

    private static final String PACKAGE = "wellarchitected";

    /**
     * @param name The _unique_ name of the resulting resource.
     */
    public Provider(String name) {
        this(name, ProviderArgs.Empty);
    }

    /**
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties; may be null.
     */
    public Provider(String name, ProviderArgs args) {
        this(name, args, null);
    }

    /**
     * @param name The _unique_ name of the resulting resource.
     * @param args The arguments to use to populate this resource's properties; may be null.
     * @param options A bag of options that control this resource's behavior; may be null.
     */
    public Provider(String name, ProviderArgs args, CustomResourceOptions options) {
        super(PACKAGE, name, makeArgs(args, options), makeResourceOptions(options, Codegen.empty()), false);
    }

    private static ProviderArgs makeArgs(ProviderArgs args, CustomResourceOptions options) {
        // A provider rehydrated from its URN takes its properties from the engine, not from args.
        if (options != null && options.getUrn().isPresent()) {
            return null;
        }
        return args == null ? ProviderArgs.Empty : args;
    }

    private static CustomResourceOptions makeResourceOptions(CustomResourceOptions options, Output<String> id) {
        var defaultOptions =
                CustomResourceOptions.builder().version(Utilities.getVersion()).build();
        return CustomResourceOptions.merge(defaultOptions, options, id);
    }
}
