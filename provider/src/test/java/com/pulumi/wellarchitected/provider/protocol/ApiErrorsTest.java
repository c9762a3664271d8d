package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.OWNER;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.RECIPIENT;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.URN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.ErrorResourceInitFailed;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/** Each AWS error reaches the user as one line: operation, AWS error code, message and request ID. */
class ApiErrorsTest {

    private static final String REQUEST_ID = "(request ID: [0-9a-f-]+)";

    private ProviderFixture fixture;
    private String lens;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        lens = fixture.seedLens("Security lens");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aShareMadeOutsideTheStackIsNamedWithTheCommandToAdoptIt() {
        fixture.configure();
        String shareId;
        try (WellArchitectedClient owner = fixture.aws(OWNER)) {
            shareId = owner.createLensShare(
                            r -> r.lensAlias(lens).sharedWith(RECIPIENT).clientRequestToken("by-hand"))
                    .shareId();
        }
        String existing = lens + "|" + shareId;

        StatusRuntimeException e = createFails(checked(RECIPIENT, "seed"));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNKNOWN);
        assertThat(e.getStatus().getDescription())
                .matches(exactly(
                        "CreateLensShare failed: ConflictException: Lens is already shared with 444455556666 (share "
                                + shareId + ") ",
                        REQUEST_ID,
                        ". The lens is already shared with 444455556666 by share " + shareId
                                + "; to manage that share with Pulumi, run `pulumi import wellarchitected:index:LensShare "
                                + "security-lens-to-prod '" + existing + "'`"));
    }

    @Test
    void aLensAtItsShareQuotaIsReported() {
        fixture.configure();
        try (WellArchitectedClient owner = fixture.aws(OWNER)) {
            for (int i = 0; i < 300; i++) {
                String account = Long.toString(200000000000L + i);
                owner.createLensShare(r -> r.lensAlias(lens).sharedWith(account).clientRequestToken(account));
            }
        }

        assertThat(createFails(checked(RECIPIENT, "seed")).getStatus().getDescription())
                .matches(exactly(
                        "CreateLensShare failed: ServiceQuotaExceededException: A lens can have at most 300 shares ",
                        REQUEST_ID));
    }

    @Test
    void aCallerThatDoesNotOwnTheLensIsDenied() {
        fixture.configure(fixture.config(RECIPIENT, 3));

        assertThat(createFails(checked("777788889999", "seed")).getStatus().getDescription())
                .matches(exactly(
                        "CreateLensShare failed: AccessDeniedException: Only the owner of lens " + lens
                                + " can manage it or its shares ",
                        REQUEST_ID));
    }

    @Test
    void deletingAShareThatIsAlreadyGoneSucceeds() {
        fixture.configure();
        String id = create(checked(RECIPIENT, "seed")).getId();
        fixture.provider.delete(DeleteRequest.newBuilder().setUrn(URN).setId(id).build());

        assertThat(fixture.provider.delete(
                        DeleteRequest.newBuilder().setUrn(URN).setId(id).build()))
                .isEqualTo(Empty.getDefaultInstance());
        assertThat(fixture.provider.delete(DeleteRequest.newBuilder()
                        .setUrn(URN)
                        .setId(lens + "|0123456789abcdef0123456789abcdef")
                        .build()))
                .isEqualTo(Empty.getDefaultInstance());
    }

    @Test
    void throttlingIsRetriedToSuccess() {
        fixture.configure();
        fixture.faults("{\"throttleRate\":0.3,\"seed\":42}");

        for (int i = 0; i < 10; i++) {
            String account = Long.toString(300000000000L + i);
            assertThat(create(checked(account, "seed-" + i)).getId()).startsWith(lens + "|");
        }

        assertThat(fixture.calls("CreateLensShare", 200)).isEqualTo(10);
        assertThat(fixture.calls("CreateLensShare", 429) + fixture.calls("ListLensShares", 429))
                .isPositive();
    }

    @Test
    void throttlingPastMaxRetriesIsReportedAsOneLine() {
        fixture.configure(fixture.config(OWNER, 2));
        fixture.faults("{\"throttleRate\":1.0,\"operations\":[\"CreateLensShare\"]}");

        StatusRuntimeException e = createFails(checked(RECIPIENT, "seed"));

        assertThat(e.getStatus().getDescription())
                .matches(exactly(
                        "CreateLensShare failed after 3 attempts: ThrottlingException: Rate exceeded (injected by the emulator) ",
                        REQUEST_ID));
        assertThat(fixture.calls("CreateLensShare", 429)).isEqualTo(3);
    }

    @Test
    void aCreateThatOutlastsItsTimeoutFails() {
        fixture.configure();
        fixture.faults("{\"latencyMs\":3000,\"operations\":[\"CreateLensShare\"]}");

        StatusRuntimeException e = assertThrows(() -> fixture.provider.create(CreateRequest.newBuilder()
                .setUrn(URN)
                .setProperties(checked(RECIPIENT, "seed"))
                .setTimeout(1)
                .build()));

        assertThat(e.getStatus().getDescription()).isEqualTo("CreateLensShare did not finish within the 1.0 s timeout");
    }

    @Test
    void cancelAbortsACallInProgressAndRefusesNewOnes() throws Exception {
        try (EmulatorRelay endpoint = new EmulatorRelay(fixture.emulator.endpoint())) {
            fixture.configure(fixture.config(OWNER, 10).toBuilder()
                    .putFields(
                            "endpoint",
                            Value.newBuilder()
                                    .setStringValue(endpoint.uri().toString())
                                    .build())
                    .build());
            fixture.faults("{\"latencyMs\":10000,\"operations\":[\"CreateLensShare\"]}");
            Struct inputs = checked(RECIPIENT, "seed");
            CompletableFuture<CreateResponse> create = CompletableFuture.supplyAsync(() -> create(inputs));
            // The emulator holds CreateLensShare for 10 s from here: the call is in progress when Cancel comes.
            endpoint.awaitRequest(Duration.ofSeconds(10));

            long start = System.nanoTime();
            fixture.provider.cancel(Empty.getDefaultInstance());

            assertThat(create)
                    .failsWithin(Duration.ofSeconds(3))
                    .withThrowableThat()
                    .havingRootCause()
                    .isInstanceOf(StatusRuntimeException.class)
                    // A virtual thread's socket read ends on the interrupt ("CreateLensShare was cancelled"); a
                    // platform thread's does not, and the call is answered after the grace period ("cancelled: the
                    // engine asked the provider to stop").
                    .withMessageStartingWith("CANCELLED: ")
                    .withMessageContaining("cancelled");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(createFails(inputs).getStatus().getCode()).isEqualTo(Status.Code.CANCELLED);
        }
    }

    @Test
    void aCreateCancelledAfterItsShareWasMadeReportsTheShareForTheEngineToKeep() throws Exception {
        fixture.configure();
        fixture.faults("{\"throttleRate\":1.0,\"operations\":[\"ListLensShares\"]}");
        Struct inputs = checked(RECIPIENT, "seed");
        CompletableFuture<CreateResponse> create = CompletableFuture.supplyAsync(() -> create(inputs));
        waitUntil("the emulator has throttled a ListLensShares", () -> fixture.calls("ListLensShares", 429) > 0);

        long start = System.nanoTime();
        fixture.provider.cancel(Empty.getDefaultInstance());

        Throwable failure = catchThrowable(() -> create.get(5, TimeUnit.SECONDS));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        String shareId = LifecycleScenario.sharesIn(fixture).get(0);
        com.google.rpc.Status status = StatusProto.fromThrowable(failure.getCause());
        assertThat(status.getMessage())
                .isEqualTo("created lens share " + lens + "|" + shareId
                        + " but could not read its status: ListLensShares was cancelled");
        ErrorResourceInitFailed detail = status.getDetails(0).unpack(ErrorResourceInitFailed.class);
        assertThat(detail.getId()).isEqualTo(lens + "|" + shareId);
        assertThat(Structs.string(detail.getProperties(), "shareId")).isEqualTo(shareId);
        assertThat(Structs.string(detail.getProperties(), "lensArn")).isEqualTo(lens);
    }

    @Test
    void aCreateCancelledWhileItsStatusReadIsStuckReportsTheShareForTheEngineToKeep() throws Exception {
        fixture.configure();
        // The status read hangs in a socket read, which an interrupt does not end: the create is answered as
        // cancelled while its worker is still blocked.
        fixture.faults("{\"latencyMs\":20000,\"operations\":[\"ListLensShares\"]}");
        Struct inputs = checked(RECIPIENT, "seed");
        CompletableFuture<CreateResponse> create = CompletableFuture.supplyAsync(() -> create(inputs));
        while (LifecycleScenario.sharesIn(fixture).isEmpty()) {
            Thread.sleep(20);
        }
        String shareId = LifecycleScenario.sharesIn(fixture).get(0);

        long start = System.nanoTime();
        fixture.provider.cancel(Empty.getDefaultInstance());

        Throwable failure = catchThrowable(() -> create.get(5, TimeUnit.SECONDS));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        com.google.rpc.Status status = StatusProto.fromThrowable(failure.getCause());
        assertThat(status.getMessage()).startsWith("created lens share " + lens + "|" + shareId);
        ErrorResourceInitFailed detail = status.getDetails(0).unpack(ErrorResourceInitFailed.class);
        assertThat(detail.getId()).isEqualTo(lens + "|" + shareId);
        assertThat(Structs.string(detail.getProperties(), "shareId")).isEqualTo(shareId);
    }

    @Test
    void anAwsCallBeforeConfigureIsRefused() {
        StatusRuntimeException e = assertThrows(() -> fixture.provider.delete(DeleteRequest.newBuilder()
                .setUrn(URN)
                .setId(lens + "|0123456789abcdef0123456789abcdef")
                .build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(e.getStatus().getDescription())
                .isEqualTo("the wellarchitected provider is not configured yet: "
                        + "Configure must come before any call to AWS");
    }

    /** Polls {@code condition} until it holds; fails the test if it does not within 10 s. */
    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + what + " within 10 s");
            }
            Thread.sleep(20);
        }
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

    private StatusRuntimeException createFails(Struct inputs) {
        return assertThrows(() -> create(inputs));
    }

    private static StatusRuntimeException assertThrows(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getDescription()).doesNotContain("\n").doesNotContain("\tat ");
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    /** A pattern matching the literal parts exactly and the regular-expression parts (the request ID) as patterns. */
    private static String exactly(String... parts) {
        StringBuilder pattern = new StringBuilder();
        for (String part : parts) {
            pattern.append(part.equals(REQUEST_ID) ? "\\(request ID: [0-9a-f-]+\\)" : Pattern.quote(part));
        }
        return pattern.toString();
    }
}
