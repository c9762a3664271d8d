package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.property.PropertyMap;
import java.util.Optional;

/**
 * What a create in progress has made so far. The gRPC thread may have to answer a cancelled create while the
 * create itself is still blocked in an API call; reading this, it can still give the engine the share's ID.
 */
public final class CreateProgress {

    private record Made(String id, PropertyMap outputs) {}

    private volatile Made made;

    void shareMade(String id, PropertyMap outputs) {
        made = new Made(id, outputs);
    }

    /** The failure that keeps the share already made, if any, when the create ends early for {@code reason}. */
    public Optional<PartialCreateException> keepMadeShare(String reason) {
        Made share = made;
        return share == null
                ? Optional.empty()
                : Optional.of(new PartialCreateException(
                        share.id(), share.outputs(), "created lens share " + share.id() + ", then " + reason));
    }
}
