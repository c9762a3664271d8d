package com.pulumi.wellarchitected.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * A resource sends the same idempotency token for as long as its URN and inputs stay the same, so the token of a
 * deleted share is sent again whenever the share is wanted again. Each such case must still end with a new share,
 * also while ListLensShares lags 3 s behind; a forced replacement, which creates before it deletes, must leave the
 * stack holding a live share.
 */
class FreshShareTest {

    private static final String LISTING_DELAY = "{\"listingDelayMs\":{\"ListLensShares\":3000}}";

    @Test
    @DisplayName("up --replace keeps a live share in the stack; destroy then up, and an out-of-band delete then up, "
            + "each make a new share, one per principal, under a 3 s listing delay")
    void aShareWantedAgainAfterItsDeletionIsMadeAnew(@TempDir Path workDir) throws Exception {
        try (var stack = LensSharesStack.create(workDir, 2)) {
            stack.emulator.faults(LISTING_DELAY);
            stack.pulumi.up();
            var first = ids(stack);

            var urn = StackState.of(stack.pulumi.exportStack())
                    .urn(LensSharesProgram.shareName(0))
                    .orElseThrow();
            // The engine creates a forced replacement before it deletes the old share; the token returns the old share,
            // which the provider then keeps rather than leave the stack holding a deleted share.
            stack.pulumi.succeed("up", "--replace", urn, "--yes", "--skip-preview");
            var replaced = ids(stack);
            assertThat(replaced).as("IDs after up --replace").isEqualTo(first);
            stack.assertConverged();

            stack.pulumi.destroy();
            assertThat(stack.emulator.shares()).as("shares after destroy").isEmpty();
            stack.pulumi.up();
            var recreated = ids(stack);
            assertThat(recreated).as("IDs after destroy then up").doesNotContainAnyElementsOf(replaced);
            stack.assertConverged();

            try (WellArchitectedClient owner = stack.emulator.client(LensSharesStack.OWNER, LensSharesStack.REGION)) {
                owner.deleteLensShare(r -> r.lensAlias(stack.lensArn)
                        .shareId(stack.shareId(recreated.get(1)))
                        .clientRequestToken(UUID.randomUUID().toString()));
            }
            stack.pulumi.succeed("up", "--refresh", "--yes", "--skip-preview");
            var reshared = ids(stack);
            assertThat(reshared.get(1))
                    .as("share-001 after an out-of-band delete then up")
                    .isNotEqualTo(recreated.get(1));
            assertThat(reshared.get(0)).as("share-000, untouched").isEqualTo(recreated.get(0));
            stack.assertConverged();
        }
    }

    /** The state IDs of share-000 and share-001. */
    private static List<String> ids(LensSharesStack stack) throws Exception {
        var state = StackState.of(stack.pulumi.exportStack());
        return List.of(
                state.id(LensSharesProgram.shareName(0)).orElseThrow(),
                state.id(LensSharesProgram.shareName(1)).orElseThrow());
    }
}
