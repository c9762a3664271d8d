package com.pulumi.wellarchitected.provider.aws;

import java.util.function.Supplier;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * A Well-Architected client built on its first use, once, even under concurrent calls: start-up and Check do not
 * pay for loading the SDK.
 */
final class LazyClient {

    private final Supplier<WellArchitectedClient> builder;
    private volatile WellArchitectedClient client;

    LazyClient(Supplier<WellArchitectedClient> builder) {
        this.builder = builder;
    }

    WellArchitectedClient get() {
        WellArchitectedClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = builder.get();
                }
                built = client;
            }
        }
        return built;
    }
}
