package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.model.InternalServerException;
import software.amazon.awssdk.services.wellarchitected.model.ThrottlingException;

/** Faults set through the control API: throttling, server errors, latency and a shared rate limit. */
class FaultInjectionTest extends EmulatorTest {

    @Test
    void throttleRateOfOneThrottlesEveryRequest() {
        control.faults("{\"throttleRate\": 1}");

        assertThatThrownBy(() -> owner.listLenses(r -> {})).isInstanceOfSatisfying(ThrottlingException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.quotaCode()).isNotBlank();
            assertThat(e.serviceCode()).isEqualTo("wellarchitected");
            assertThat(e.requestId()).isNotBlank();
        });
    }

    @Test
    void errorRateOfOneFailsEveryRequestWithAnInternalError() {
        control.faults("{\"errorRate\": 1}");

        assertThatThrownBy(() -> owner.listLenses(r -> {})).isInstanceOfSatisfying(InternalServerException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(500);
            assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
        });
    }

    @Test
    void faultsApplyOnlyToTheNamedOperations() {
        String lensArn = publishedLens();
        control.faults("{\"errorRate\": 1, \"operations\": [\"CreateLensShare\"]}");

        assertThatThrownBy(() -> share(lensArn, Accounts.RECIPIENT)).isInstanceOf(InternalServerException.class);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .isEmpty();
    }

    @Test
    void faultedRequestsChangeNothing() {
        String lensArn = publishedLens();
        control.faults("{\"throttleRate\": 1, \"operations\": [\"CreateLensShare\"]}");

        assertThatThrownBy(() -> share(lensArn, Accounts.RECIPIENT)).isInstanceOf(ThrottlingException.class);

        control.faults("{}");
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .isEmpty();
    }

    @Test
    void emptyConfigurationClearsAllFaults() {
        control.faults("{\"throttleRate\": 1, \"errorRate\": 1, \"latencyMs\": 5, \"rateLimitPerSecond\": 1}");

        JsonObject cleared = control.post("faults", "{}").json();

        assertThat(cleared.get("throttleRate").getAsDouble()).isZero();
        assertThat(cleared.get("errorRate").getAsDouble()).isZero();
        assertThat(cleared.get("latencyMs").getAsLong()).isZero();
        assertThat(cleared.get("rateLimitPerSecond").getAsDouble()).isZero();
        assertThat(owner.listLenses(r -> {}).lensSummaries()).isNotEmpty();
    }

    @Test
    void sameSeedGivesTheSameSequenceOfOutcomes() {
        assertThat(outcomes(42)).isEqualTo(outcomes(42)).contains("ok", "throttled");
    }

    private List<String> outcomes(long seed) {
        control.faults("{\"throttleRate\": 0.5, \"seed\": " + seed + ", \"operations\": [\"ListLenses\"]}");
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            try {
                owner.listLenses(r -> {});
                outcomes.add("ok");
            } catch (ThrottlingException e) {
                outcomes.add("throttled");
            }
        }
        return outcomes;
    }

    @Test
    void rateLimitThrottlesBeyondTheBucket() {
        // One token, refilled every 10 s: the 20 quick calls below can get at most two.
        control.faults("{\"rateLimitPerSecond\": 0.1}");
        int throttled = 0;
        for (int i = 0; i < 20; i++) {
            try {
                owner.listLenses(r -> {});
            } catch (ThrottlingException e) {
                throttled++;
            }
        }

        assertThat(throttled).isGreaterThanOrEqualTo(18);
    }

    @Test
    void latencyDelaysEveryAffectedRequest() {
        control.faults("{\"latencyMs\": 200, \"operations\": [\"ListLenses\"]}");

        long started = System.nanoTime();
        owner.listLenses(r -> {});
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMs).isGreaterThanOrEqualTo(200);
    }

    @Test
    void metricsCountFaultedRequestsByOperationAndStatus() {
        control.faults("{\"throttleRate\": 1, \"operations\": [\"ListLenses\"]}");
        assertThatThrownBy(() -> owner.listLenses(r -> {})).isInstanceOf(ThrottlingException.class);
        owner.getGlobalSettings(r -> {});

        JsonObject metrics = control.get("metrics").json();

        assertThat(metrics.get("total").getAsLong()).isEqualTo(2);
        assertThat(metrics.getAsJsonObject("operations")
                        .getAsJsonObject("ListLenses")
                        .get("429")
                        .getAsLong())
                .isEqualTo(1);
        assertThat(metrics.getAsJsonObject("operations")
                        .getAsJsonObject("GetGlobalSettings")
                        .get("200")
                        .getAsLong())
                .isEqualTo(1);
    }

    @Test
    void invalidFaultSettingsAreRefused() {
        assertThat(control.post("faults", "{\"throttleRate\": 2}").status()).isEqualTo(400);
        assertThat(control.post("faults", "{\"errorRate\": \"high\"}").status()).isEqualTo(400);
        assertThat(control.post("faults", "{\"operations\": [\"NoSuchOperation\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(control.post("faults", "{\"throttle\": 1}").status()).isEqualTo(400);
        assertThat(control.post("faults", "not json").status()).isEqualTo(400);
    }
}
