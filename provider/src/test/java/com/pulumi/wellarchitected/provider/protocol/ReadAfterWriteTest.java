package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.URN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.protobuf.Struct;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.ErrorResourceInitFailed;

/**
 * ListLensShares lags behind CreateLensShare, as AWS's eventually consistent listings do (the emulator's listing
 * delay): the provider must neither create a share twice nor leave one behind, which these tests check by counting
 * the emulator's shares per principal.
 */
class ReadAfterWriteTest extends SeededLensTest {

    private static final int PRINCIPALS = 4;

    @ParameterizedTest(name = "listing delay {0} ms")
    @ValueSource(ints = {1_000, 30_000})
    void concurrentCreatesUnderAListingDelayMakeOneShareEachAndReturnIt(int delayMs) throws Exception {
        listingDelay(delayMs);
        ExecutorService pool = Executors.newFixedThreadPool(PRINCIPALS);
        List<Future<CreateResponse>> creates = new ArrayList<>();
        for (int i = 0; i < PRINCIPALS; i++) {
            Struct inputs = checked(principal(i), "seed-" + i);
            creates.add(pool.submit(() -> create(inputs, 0)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<CreateResponse> create : creates) {
            ids.add(create.get().getId());
        }
        pool.shutdown();

        assertThat(sharesPerPrincipal())
                .containsOnlyKeys(principals())
                .allSatisfy((principal, count) ->
                        assertThat(count).as("shares for %s", principal).isEqualTo(1));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(stateIds());
        assertThat(fixture.calls("CreateLensShare", 200)).isEqualTo(PRINCIPALS);
    }

    @Test
    void aCreateRerunAfterACrashUnderAListingDelayGetsTheSameShareBack() throws Exception {
        listingDelay(5_000);
        CreateResponse first = create(checked(principal(0), "first-run"), 0);

        CreateResponse rerun = create(checked(principal(0), "run-after-the-crash"), 0);

        assertThat(rerun.getId()).isEqualTo(first.getId());
        assertThat(sharesPerPrincipal()).isEqualTo(Map.of(principal(0), 1L));
    }

    @Test
    void aCreateWhoseTimeoutEndsBeforeTheShareIsListedKeepsItAndTheRerunAdoptsIt() throws Exception {
        listingDelay(6_000);
        Struct inputs = checked(principal(0), "seed");

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> create(inputs, 2));

        ErrorResourceInitFailed kept =
                StatusProto.fromThrowable(e).getDetails(0).unpack(ErrorResourceInitFailed.class);
        assertThat(stateIds()).containsExactly(kept.getId());
        assertThat(e.getStatus().getDescription())
                .isEqualTo("created lens share " + kept.getId()
                        + " but ListLensShares did not list it within the 2.0 s timeout");
        assertThat(create(checked(principal(0), "rerun"), 0).getId()).isEqualTo(kept.getId());
        assertThat(sharesPerPrincipal()).isEqualTo(Map.of(principal(0), 1L));
    }

    @Test
    void aShareDeletedThenDeclaredAgainUnderAListingDelayIsMadeAnewOnce() throws Exception {
        listingDelay(3_000);
        Struct inputs = checked(principal(0), "seed");
        CreateResponse first = create(inputs, 0);
        // `pulumi destroy` is another run, with a provider process of its own.
        fixture.configure();
        fixture.provider.delete(
                DeleteRequest.newBuilder().setUrn(URN).setId(first.getId()).build());

        CreateResponse again = create(checked(principal(0), "after-destroy"), 0);

        assertThat(again.getId()).isNotEqualTo(first.getId());
        assertThat(stateIds()).containsExactly(again.getId());
    }

    private void listingDelay(int delayMs) {
        fixture.faults("{\"listingDelayMs\":{\"ListLensShares\":" + delayMs + "}}");
    }

    private Map<String, Long> sharesPerPrincipal() {
        return shares().stream()
                .collect(Collectors.groupingBy(share -> share.get("sharedWith").getAsString(), Collectors.counting()));
    }

    private List<String> stateIds() {
        return shares().stream()
                .map(share -> lens + "|" + share.get("shareId").getAsString())
                .toList();
    }

    private List<JsonObject> shares() {
        return StreamSupport.stream(fixture.state().getAsJsonArray("shares").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .toList();
    }

    private static String principal(int index) {
        return Long.toString(500000000000L + index);
    }

    private static List<String> principals() {
        List<String> principals = new ArrayList<>();
        for (int i = 0; i < PRINCIPALS; i++) {
            principals.add(principal(i));
        }
        return principals;
    }

    private Struct checked(String sharedWith, String seed) {
        return fixture.provider
                .check(LifecycleScenario.check(
                        Struct.getDefaultInstance(), Structs.of("lensAlias", lens, "sharedWith", sharedWith), seed))
                .getInputs();
    }

    private CreateResponse create(Struct inputs, int timeoutSeconds) {
        return fixture.provider.create(CreateRequest.newBuilder()
                .setUrn(URN)
                .setProperties(inputs)
                .setTimeout(timeoutSeconds)
                .build());
    }
}
