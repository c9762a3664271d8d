package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.OWNER;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.RECIPIENT;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.URN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.ReadRequest;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

class IdempotencyAndScaleTest extends SeededLensTest {

    @Test
    void aCreateRepeatedAfterALostResponseGetsTheSameShare() throws Exception {
        try (EmulatorRelay relay = new EmulatorRelay(fixture.emulator.endpoint())) {
            // No retries: the lost response fails the first create, as it would fail the engine's call.
            fixture.configure(fixture.config(OWNER, 0).toBuilder()
                    .putFields(
                            "endpoint",
                            Value.newBuilder()
                                    .setStringValue(relay.uri().toString())
                                    .build())
                    .build());
            Struct inputs = checked(RECIPIENT, "seed");
            relay.loseNextResponse();

            StatusRuntimeException lost = catchThrowableOfType(StatusRuntimeException.class, () -> create(inputs));
            List<String> sharesAfterTheLostResponse = LifecycleScenario.sharesIn(fixture);
            CreateResponse repeated = create(inputs);

            assertThat(lost).as("the create whose response was lost").isNotNull();
            assertThat(sharesAfterTheLostResponse)
                    .as("shares the lost create made")
                    .hasSize(1);
            assertThat(Structs.string(repeated.getProperties(), "shareId"))
                    .isEqualTo(sharesAfterTheLostResponse.get(0));
            assertThat(LifecycleScenario.sharesIn(fixture)).isEqualTo(sharesAfterTheLostResponse);
        }
    }

    @Test
    void aForcedReplacementThatCreatesBeforeItDeletesKeepsTheShareItGotBack() {
        Struct inputs = checked(RECIPIENT, "seed");
        CreateResponse first = create(inputs);
        // `pulumi up --replace`: Check without the old inputs, Create of the replacement, then Delete of the old share.
        Struct replacement = checked(RECIPIENT, "replace-seed");

        CreateResponse second = create(replacement);
        fixture.provider.delete(
                DeleteRequest.newBuilder().setUrn(URN).setId(first.getId()).build());

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(LifecycleScenario.sharesIn(fixture))
                .containsExactly(Structs.string(second.getProperties(), "shareId"));
        assertThat(fixture.calls("DeleteLensShare", 200)).isZero();
    }

    @Test
    void aReplacementThatDeletesFirstMakesANewShareWithTheSameToken() {
        Struct inputs = checked(RECIPIENT, "seed");
        CreateResponse first = create(inputs);
        Struct replacement = fixture.provider
                .check(LifecycleScenario.check(
                        inputs, Structs.of("lensAlias", lens, "sharedWith", RECIPIENT), "replace-seed"))
                .getInputs();

        // The replacement is another run, with a provider process of its own.
        fixture.configure();
        fixture.provider.delete(
                DeleteRequest.newBuilder().setUrn(URN).setId(first.getId()).build());
        CreateResponse second = create(replacement);

        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(LifecycleScenario.sharesIn(fixture))
                .containsExactly(Structs.string(second.getProperties(), "shareId"));
    }

    @Test
    void fiftyConcurrentCreatesUnderThrottlingMakeFiftyShares() throws Exception {
        fixture.faults("{\"throttleRate\":0.3,\"seed\":7}");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<CreateResponse>> creates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Struct inputs = checked(Long.toString(500000000000L + i), "seed-" + i);
            creates.add(pool.submit(() -> create(inputs)));
        }
        List<String> shareIds = new ArrayList<>();
        for (Future<CreateResponse> create : creates) {
            shareIds.add(Structs.string(create.get().getProperties(), "shareId"));
        }
        pool.shutdown();

        assertThat(shareIds).doesNotHaveDuplicates().hasSize(50);
        assertThat(LifecycleScenario.sharesIn(fixture)).containsExactlyInAnyOrderElementsOf(shareIds);
        assertThat(fixture.calls("CreateLensShare", 429)).isPositive();
    }

    @Test
    void aRefreshReadsOnePageHoweverManySharesTheLensHas() {
        try (WellArchitectedClient owner = fixture.aws(OWNER)) {
            for (int i = 0; i < 60; i++) {
                String account = Long.toString(600000000000L + i);
                owner.createLensShare(r -> r.lensAlias(lens).sharedWith(account).clientRequestToken(account));
            }
        }
        Struct inputs = checked(RECIPIENT, "seed");
        CreateResponse created = create(inputs);
        fixture.control("POST", "metrics/reset", null);

        String id = fixture.provider
                .read(ReadRequest.newBuilder()
                        .setUrn(URN)
                        .setId(created.getId())
                        .setProperties(created.getProperties())
                        .setInputs(inputs)
                        .build())
                .getId();

        assertThat(id).isEqualTo(created.getId());
        assertThat(fixture.calls("ListLensShares", 200)).isEqualTo(1);
    }

    private Struct checked(String sharedWith, String seed) {
        return fixture.provider
                .check(LifecycleScenario.check(
                        Struct.getDefaultInstance(), Structs.of("lensAlias", lens, "sharedWith", sharedWith), seed))
                .getInputs();
    }

    private CreateResponse create(Struct inputs) {
        return fixture.provider.create(
                CreateRequest.newBuilder().setUrn(URN).setProperties(inputs).build());
    }
}
