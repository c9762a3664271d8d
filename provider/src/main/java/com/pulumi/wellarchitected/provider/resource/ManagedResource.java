package com.pulumi.wellarchitected.provider.resource;

import com.pulumi.wellarchitected.provider.lensshare.CreateResult;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.ReadResult;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;

/**
 * The behaviour of one resource type. Check and Diff follow from the declared fields unless a resource needs more;
 * the rest is the resource's own.
 */
public interface ManagedResource {

    ResourceDefinition definition();

    default CheckResult check(String urn, PropertyMap olds, PropertyMap news, byte[] randomSeed) {
        return definition().check(news);
    }

    default Changes diff(PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news) {
        return definition().diff(oldOutputs, oldInputs, news);
    }

    /** Creates the resource; a preview calls nothing and leaves what AWS would assign unknown. */
    CreateResult create(String urn, PropertyMap inputs, Deadline deadline, boolean preview);

    /** Reads the live resource, or nothing when it is gone; with no old inputs it is an import. */
    ReadResult read(String urn, String id, PropertyMap oldOutputs, PropertyMap oldInputs, Deadline deadline);

    /** Updates the resource in place to the new inputs; returns the new outputs. */
    PropertyMap update(
            String urn, String id, PropertyMap oldOutputs, PropertyMap news, Deadline deadline, boolean preview);

    void delete(String urn, String id, PropertyMap outputs, Deadline deadline);
}
