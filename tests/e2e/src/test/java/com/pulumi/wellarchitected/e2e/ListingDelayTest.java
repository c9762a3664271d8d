package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ListLensShares leaving each new share out for 30 s, as an eventually consistent AWS listing may: the provider
 * waits for its share to be listed instead of creating another, through {@code pulumi up}, a SIGKILLed provider and
 * the documented recovery.
 */
class ListingDelayTest {

    private static final String THIRTY_SECOND_LISTING_DELAY = "{\"listingDelayMs\":{\"ListLensShares\":30000}}";

    @Test
    @DisplayName("up of 8 shares under a 30 s listing delay makes exactly one share per principal, all in the stack; "
            + "destroy leaves none")
    void upUnderAListingDelayMakesEachShareOnce(@TempDir Path workDir) throws Exception {
        try (var stack = LensSharesStack.create(workDir, 8)) {
            stack.emulator.faults(THIRTY_SECOND_LISTING_DELAY);

            var up = stack.up();

            assertThat(up.exitCode()).as("exit code of %s", up).isZero();
            stack.assertConverged();
            assertThat(createdShares(stack))
                    .as("CreateLensShare requests answered 200")
                    .isEqualTo(8);
            stack.pulumi.destroy();
            assertThat(stack.emulator.shares()).as("shares after destroy").isEmpty();
        }
    }

    @Test
    @DisplayName("a provider SIGKILLed while its creates wait for the listing: refresh --clear-pending-creates and up "
            + "adopt every share, each once")
    void recoveryAfterAKillUnderAListingDelayAdoptsEveryShare(@TempDir Path workDir) throws Exception {
        try (var stack = LensSharesStack.create(workDir, 8)) {
            stack.emulator.faults(THIRTY_SECOND_LISTING_DELAY);
            try (var up = stack.start("up", "--yes", "--skip-preview")) {
                up.waitUntil("4 shares exist", Duration.ofMinutes(3), () -> stack.emulatorShareCount() >= 4);
                up.killProviders();
                up.await(Duration.ofMinutes(2));
            }
            var before = stack.emulator.shares();
            assertThat(StackState.of(stack.pulumi.exportStack()).lensShares())
                    .as("shares in the stack after the kill, all still waiting to be listed")
                    .isEmpty();

            CrashRecovery.recover(stack, false);

            stack.assertConverged();
            CrashRecovery.assertAdopted(stack, before);
        }
    }

    private static int createdShares(LensSharesStack stack) throws Exception {
        var create = stack.emulator.metrics().getAsJsonObject("operations").getAsJsonObject("CreateLensShare");
        return create == null || !create.has("200") ? 0 : create.get("200").getAsInt();
    }
}
