package com.pulumi.wellarchitected.provider.resource;

import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.property.PropertyMap;

/** The behaviour of one function, called through Invoke with arguments its definition has checked. */
public interface ProviderFunction {

    FunctionDefinition definition();

    PropertyMap invoke(PropertyMap args, Deadline deadline);
}
