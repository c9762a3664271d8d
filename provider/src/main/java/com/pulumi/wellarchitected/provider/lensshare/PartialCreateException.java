package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.property.PropertyMap;

/**
 * The share was created but its creation could not be completed: the engine keeps the ID and outputs in the
 * state so that nothing is left behind unknown to Pulumi.
 */
public final class PartialCreateException extends RuntimeException {

    private final String id;
    private final PropertyMap outputs;

    public PartialCreateException(String id, PropertyMap outputs, String oneLineMessage) {
        super(oneLineMessage, null, false, false);
        this.id = id;
        this.outputs = outputs;
    }

    public String id() {
        return id;
    }

    public PropertyMap outputs() {
        return outputs;
    }
}
