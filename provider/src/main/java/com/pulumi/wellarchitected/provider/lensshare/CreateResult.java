package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.property.PropertyMap;

/** The ID and outputs of a created share; the ID is empty in a preview. */
public record CreateResult(String id, PropertyMap outputs) {}
