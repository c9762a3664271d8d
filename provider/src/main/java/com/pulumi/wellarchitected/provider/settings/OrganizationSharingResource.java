package com.pulumi.wellarchitected.provider.settings;

import com.pulumi.wellarchitected.provider.lensshare.CreateResult;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.ReadResult;
import com.pulumi.wellarchitected.provider.lensshare.UserLog;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Documentation;
import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.Field.Kind;
import com.pulumi.wellarchitected.provider.resource.ManagedResource;
import com.pulumi.wellarchitected.provider.resource.ResourceDefinition;
import java.util.List;
import java.util.Optional;

/** The account's organization sharing setting, one per account and Region, identified by the Region. */
public final class OrganizationSharingResource implements ManagedResource {

    public static final String TYPE = "wellarchitected:index:OrganizationSharing";
    static final String ENABLED = "enabled";
    static final String STATUS = "organizationSharingStatus";

    private static final ResourceDefinition DEFINITION = new ResourceDefinition(
            TYPE,
            Documentation.of("OrganizationSharing"),
            List.of(
                    Field.input(ENABLED, Kind.BOOLEAN, "Whether organization sharing is enabled. Defaults to `true`.")
                            .defaultsTo(true)
                            .accepts("give true or false.")
                            .describedAsOutput("Whether organization sharing is enabled, as declared."),
                    Field.output(STATUS, Kind.STRING, "The setting as AWS reports it: `ENABLED` or `DISABLED`.")),
            List.of(),
            false);

    private final Optional<String> region;
    private final SettingsApi api;
    private final UserLog log;

    /** @param region the provider's Region, the resource's ID; empty before Configure */
    public OrganizationSharingResource(Optional<String> region, SettingsApi api, UserLog log) {
        this.region = region;
        this.api = api;
        this.log = log;
    }

    @Override
    public ResourceDefinition definition() {
        return DEFINITION;
    }

    @Override
    public CreateResult create(String urn, PropertyMap inputs, Deadline deadline, boolean preview) {
        return new CreateResult(preview ? "" : id(), apply(inputs, deadline, preview));
    }

    @Override
    public ReadResult read(String urn, String id, PropertyMap oldOutputs, PropertyMap oldInputs, Deadline deadline) {
        String status = api.organizationSharingStatus(deadline);
        // The inputs follow what AWS reports, so that a setting changed out of band shows as drift and the next
        // update restores the declared one.
        PropertyMap inputs = PropertyMap.builder()
                .put(ENABLED, new PropertyValue.Flag("ENABLED".equals(status)))
                .build();
        return new ReadResult(Optional.of(id), outputs(inputs, status), inputs);
    }

    @Override
    public PropertyMap update(
            String urn, String id, PropertyMap oldOutputs, PropertyMap news, Deadline deadline, boolean preview) {
        return apply(news, deadline, preview);
    }

    /**
     * Leaves the setting as it is: turning organization sharing off revokes every organization and OU share of the
     * account's lenses, including those of other stacks.
     */
    @Override
    public void delete(String urn, String id, PropertyMap outputs, Deadline deadline) {
        log.info(
                urn,
                "organization sharing is left as it is in " + id + ": turning it off would revoke every organization"
                        + " and OU share of the account's lenses; declare enabled: false to turn it off");
    }

    private PropertyMap apply(PropertyMap inputs, Deadline deadline, boolean preview) {
        Optional<PropertyValue> enabled = inputs.get(ENABLED);
        if (preview) {
            return outputs(inputs, null);
        }
        boolean wanted = !(enabled.orElse(null) instanceof PropertyValue.Flag flag) || flag.value();
        api.setOrganizationSharing(wanted, deadline);
        return outputs(inputs, api.organizationSharingStatus(deadline));
    }

    private static PropertyMap outputs(PropertyMap inputs, String status) {
        return PropertyMap.builder()
                .put(ENABLED, inputs.get(ENABLED).orElse(new PropertyValue.Flag(true)))
                .put(STATUS, status == null ? PropertyValue.UNKNOWN : PropertyValue.text(status))
                .build();
    }

    private String id() {
        return region.orElseThrow(() -> new IllegalStateException("the provider has no Region before Configure"));
    }
}
