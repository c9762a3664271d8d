package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The control API's documented JSON shapes, which other test suites parse. */
class ControlApiTest extends EmulatorTest {

    @Test
    void healthSaysOk() {
        assertThat(control.get("health").body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void seededLensHasACustomLensArn() {
        ControlClient.Reply reply = control.post(
                "lenses",
                "{\"accountId\":\"111122223333\",\"region\":\"us-east-1\",\"name\":\"Security lens\",\"published\":true}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().keySet()).containsExactly("LensArn");
        assertThat(reply.json().get("LensArn").getAsString())
                .matches("arn:aws:wellarchitected:us-east-1:111122223333:lens/[0-9a-f]{32}");
    }

    @Test
    void seedingRefusesBadInput() {
        assertThat(control.post("lenses", "{\"accountId\":\"1\",\"region\":\"us-east-1\",\"name\":\"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(control.post("lenses", "{\"accountId\":\"111122223333\",\"region\":\"mars\",\"name\":\"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(control.post("lenses", "{\"accountId\":\"111122223333\",\"region\":\"us-east-1\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void stateListsLensesSharesAndSettingsFlat() {
        String lensArn = publishedLens();
        control.seedLens(Accounts.OWNER, "Draft lens", false);
        String shareId = share(lensArn, Accounts.RECIPIENT);
        owner.updateGlobalSettings(r -> r.organizationSharingStatus("ENABLED"));

        JsonObject state = control.get("state").json();

        assertThat(state.keySet()).containsExactly("now", "lenses", "shares", "globalSettings");
        assertThat(state.get("now").getAsDouble()).isPositive();
        JsonArray lenses = state.getAsJsonArray("lenses");
        assertThat(lenses).hasSize(2);
        JsonObject lens = lenses.get(0).getAsJsonObject();
        assertThat(lens.keySet()).containsExactly("accountId", "region", "lensArn", "name", "status", "tags");
        assertThat(lens.get("status").getAsString()).isEqualTo("PUBLISHED");
        assertThat(lenses.get(1).getAsJsonObject().get("status").getAsString()).isEqualTo("DRAFT");
        JsonObject share = state.getAsJsonArray("shares").get(0).getAsJsonObject();
        assertThat(share.keySet())
                .containsExactly(
                        "accountId",
                        "region",
                        "lensArn",
                        "shareId",
                        "sharedWith",
                        "status",
                        "statusMessage",
                        "createdAt",
                        "shareInvitationId");
        assertThat(share.get("shareId").getAsString()).isEqualTo(shareId);
        assertThat(share.get("status").getAsString()).isEqualTo("PENDING");
        assertThat(share.get("statusMessage").isJsonNull()).isTrue();
        assertThat(share.get("shareInvitationId").getAsString()).matches("[0-9a-f]{32}");
        JsonObject settings = state.getAsJsonArray("globalSettings").get(0).getAsJsonObject();
        assertThat(settings.keySet()).containsExactly("accountId", "region", "organizationSharingStatus");
        assertThat(settings.get("organizationSharingStatus").getAsString()).isEqualTo("ENABLED");
    }

    @Test
    void deletedSharesAreAbsentFromTheState() {
        String lensArn = publishedLens();
        String shareId = share(lensArn, Accounts.RECIPIENT);
        owner.deleteLensShare(r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken(token()));

        assertThat(control.get("state").json().getAsJsonArray("shares")).isEmpty();
    }

    @Test
    void clockAdvancesEmulatorTime() {
        double before = control.get("state").json().get("now").getAsDouble();

        JsonObject clock = control.post("clock", "{\"advanceSeconds\": 3600}").json();

        assertThat(clock.keySet()).containsExactly("now");
        assertThat(clock.get("now").getAsDouble()).isBetween(before + 3600, before + 3660);
        assertThat(control.post("clock", "{\"advanceSeconds\": -1}").status()).isEqualTo(400);
    }

    @Test
    void faultsEchoTheConfigurationInForce() {
        JsonObject faults = control.post(
                        "faults",
                        "{\"throttleRate\": 0.25, \"errorRate\": 0.5, \"latencyMs\": 3,"
                                + " \"rateLimitPerSecond\": 100, \"seed\": 7, \"operations\": [\"CreateLensShare\"]}")
                .json();

        assertThat(faults.get("throttleRate").getAsDouble()).isEqualTo(0.25);
        assertThat(faults.get("errorRate").getAsDouble()).isEqualTo(0.5);
        assertThat(faults.get("latencyMs").getAsLong()).isEqualTo(3);
        assertThat(faults.get("rateLimitPerSecond").getAsDouble()).isEqualTo(100);
        assertThat(faults.get("seed").getAsLong()).isEqualTo(7);
        assertThat(faults.getAsJsonArray("operations").asList())
                .extracting(e -> e.getAsString())
                .containsExactly("CreateLensShare");
        assertThat(control.get("faults").json()).isEqualTo(faults);
    }

    @Test
    void metricsShapeAndResetZeroesThem() {
        owner.listLenses(r -> {});

        JsonObject metrics = control.get("metrics").json();
        assertThat(metrics.keySet()).containsExactly("total", "operations");
        assertThat(metrics.get("total").getAsLong()).isEqualTo(1);
        assertThat(metrics.getAsJsonObject("operations")
                        .getAsJsonObject("ListLenses")
                        .get("200")
                        .getAsLong())
                .isEqualTo(1);

        control.post("metrics/reset", "");
        assertThat(control.get("metrics").body()).isEqualTo("{\"total\":0,\"operations\":{}}");
    }

    @Test
    void resetWipesStateFaultsMetricsAndClock() {
        publishedLens();
        control.faults("{\"errorRate\": 1, \"operations\": [\"GetLens\"]}");
        control.advanceClock(100_000);
        owner.listLenses(r -> {});

        assertThat(control.post("reset", "").status()).isEqualTo(200);

        JsonObject state = control.get("state").json();
        assertThat(state.getAsJsonArray("lenses")).isEmpty();
        assertThat(state.get("now").getAsDouble()).isLessThan(System.currentTimeMillis() / 1000.0 + 60);
        assertThat(control.get("metrics").json().get("total").getAsLong()).isZero();
        assertThat(control.get("faults").json().get("errorRate").getAsDouble()).isZero();
    }

    @Test
    void shareStatusCanBeSetOutOfBand() {
        String lensArn = publishedLens();
        String shareId = share(lensArn, Accounts.RECIPIENT);

        ControlClient.Reply reply = control.post(
                "share-status",
                "{\"shareId\":\"" + shareId + "\",\"status\":\"REVOKED\",\"statusMessage\":\"Revoked by test\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.statusAsString()).isEqualTo("REVOKED");
                    assertThat(s.statusMessage()).isEqualTo("Revoked by test");
                });
        assertThat(control.post("share-status", "{\"shareId\":\"nope\",\"status\":\"REVOKED\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void unknownControlActionIsNotFound() {
        ControlClient.Reply reply = control.get("nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().keySet()).isEqualTo(Set.of("error"));
    }
}
