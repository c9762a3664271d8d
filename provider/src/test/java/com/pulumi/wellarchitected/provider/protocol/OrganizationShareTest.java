package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Struct;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.CreateResponse;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/** A share with an organization is created only once AWS has associated it. */
class OrganizationShareTest {

    private static final String TYPE = "wellarchitected:index:LensShare";
    private static final String ORGANIZATION = "o-abcdef1234";

    private ProviderFixture fixture;
    private Rpc share;
    private WellArchitectedClient owner;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure();
        share = new Rpc(fixture.provider, TYPE, "security-lens-to-org");
        owner = fixture.aws(OWNER);
        owner.updateGlobalSettings(r -> r.organizationSharingStatus("ENABLED"));
    }

    @AfterEach
    void stop() {
        owner.close();
        fixture.close();
    }

    @Test
    void createWaitsUntilTheShareIsAssociated() {
        String lens = fixture.seedLens("Security lens");
        Struct inputs =
                share.checked(Struct.getDefaultInstance(), Structs.of("lensAlias", lens, "sharedWith", ORGANIZATION));

        CreateResponse created = share.create(inputs, false, 60);

        assertThat(Structs.string(created.getProperties(), "status")).isEqualTo("ASSOCIATED");
    }

    @Test
    void aFailedAssociationIsAnErrorCarryingItsStatusMessage() throws Exception {
        String lens = fixture.seedLens("Security lens");
        Struct inputs =
                share.checked(Struct.getDefaultInstance(), Structs.of("lensAlias", lens, "sharedWith", ORGANIZATION));
        // AWS fails the association while the provider waits: done out of band as soon as the share exists.
        CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> {
            while (fixture.state().getAsJsonArray("shares").isEmpty()) {
                Thread.onSpinWait();
            }
            String shareId = fixture.state()
                    .getAsJsonArray("shares")
                    .get(0)
                    .getAsJsonObject()
                    .get("shareId")
                    .getAsString();
            fixture.control(
                    "POST",
                    "share-status",
                    "{\"shareId\":\"" + shareId
                            + "\",\"status\":\"FAILED\",\"statusMessage\":\"The organization does not exist.\"}");
        });

        assertThatThrownBy(() -> share.create(inputs, false, 60))
                .isInstanceOf(StatusRuntimeException.class)
                .hasMessageContaining("is FAILED: The organization does not exist.");
        failing.get();
    }
}
