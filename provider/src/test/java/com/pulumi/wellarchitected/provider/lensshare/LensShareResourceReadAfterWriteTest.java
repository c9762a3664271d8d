package com.pulumi.wellarchitected.provider.lensshare;

import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.CLIENT_REQUEST_TOKEN;
import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.LENS_ALIAS;
import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.SHARED_WITH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.pulumi.wellarchitected.provider.property.PropertyMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * After CreateLensShare the provider reads the new share back from ListLensShares, which may lag behind, and AWS
 * may answer a token it has seen with the ID of a share since deleted. Both are played here by a stand-in for AWS
 * (the emulator replays only live shares); the emulator's listing delay is exercised by the protocol tests.
 */
class LensShareResourceReadAfterWriteTest {

    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String URN = "urn:pulumi:dev::p::wellarchitected:index:LensShare::share";
    private static final String DELETED = "0000000000000000000000000000dead";
    private static final PropertyMap INPUTS = PropertyMap.builder()
            .put(LENS_ALIAS, LENS)
            .put(SHARED_WITH, "444455556666")
            .put(CLIENT_REQUEST_TOKEN, "token-1")
            .build();

    private final List<String> logged = new CopyOnWriteArrayList<>();

    @Test
    void aShareMissingFromTheListingForAWhileIsWaitedForAndNeverCreatedTwice() {
        StandInApi api = new StandInApi(Duration.ofMillis(1500));

        CreateResult created =
                resource(api, Duration.ofSeconds(10)).create(URN, INPUTS, Deadline.none(), false, progress());

        assertThat(api.tokensUsed).containsExactly("token-1");
        assertThat(api.live).hasSize(1);
        assertThat(created.id())
                .isEqualTo(LENS + "|" + api.live.keySet().iterator().next());
        assertThat(created.outputs().text("status")).contains("PENDING");
        assertThat(api.listings).isGreaterThan(1);
    }

    @Test
    void aTokenThatReplaysADeletedShareMovesToTheNextTokenOnlyOnceTheSettleTimeHasPassed() {
        StandInApi api = new StandInApi(Duration.ZERO);
        api.replayed.put("token-1", DELETED);

        long start = System.nanoTime();
        CreateResult created =
                resource(api, Duration.ofMillis(600)).create(URN, INPUTS, Deadline.none(), false, progress());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(api.tokensUsed).containsExactly("token-1", ClientRequestToken.next("token-1"));
        String live = api.live.keySet().iterator().next();
        assertThat(created.id()).isEqualTo(LENS + "|" + live);
        assertThat(logged)
                .containsExactly(
                        "created lens share " + DELETED + " (" + LENS + "|" + DELETED + ")",
                        "lens share " + DELETED + " is still not listed after 0.6 s: its token named a deleted share; "
                                + "sharing the lens again",
                        "created lens share " + live + " (" + LENS + "|" + live + ")");
    }

    @Test
    void aCreateWhoseTimeoutRunsOutBeforeTheShareIsListedKeepsTheShare() {
        StandInApi api = new StandInApi(Duration.ofSeconds(30));

        PartialCreateException e = catchThrowableOfType(
                PartialCreateException.class,
                () -> resource(api, Duration.ofSeconds(45))
                        .create(URN, INPUTS, Deadline.afterSeconds(1), false, progress()));

        String shareId = api.live.keySet().iterator().next();
        assertThat(e.id()).isEqualTo(LENS + "|" + shareId);
        assertThat(e.outputs().text("shareId")).contains(shareId);
        assertThat(e.getMessage())
                .isEqualTo("created lens share " + LENS + "|" + shareId
                        + " but ListLensShares did not list it within the 1.0 s timeout");
        assertThat(api.tokensUsed).containsExactly("token-1");
    }

    @Test
    void aCreateInterruptedWhileWaitingForTheListingKeepsTheShare() throws Exception {
        StandInApi api = new StandInApi(Duration.ofSeconds(30));
        CreateProgress progress = progress();
        FutureTask<CreateResult> create = new FutureTask<>(
                () -> resource(api, Duration.ofSeconds(45)).create(URN, INPUTS, Deadline.none(), false, progress));
        Thread worker = new Thread(create);
        worker.start();
        while (api.listings == 0) {
            Thread.onSpinWait();
        }

        worker.interrupt();

        Throwable failure = catchThrowableOfType(Exception.class, () -> create.get(5, TimeUnit.SECONDS))
                .getCause();
        String id = LENS + "|" + api.live.keySet().iterator().next();
        assertThat(failure)
                .isInstanceOf(PartialCreateException.class)
                .hasMessage(
                        "created lens share " + id + " but was cancelled while waiting for ListLensShares to list it");
        assertThat(((PartialCreateException) failure).id()).isEqualTo(id);
        assertThat(progress.keepMadeShare("cancelled"))
                .hasValueSatisfying(kept -> assertThat(kept.id()).isEqualTo(id));
    }

    @Test
    void progressHasNothingToKeepBeforeAShareIsMade() {
        assertThat(progress().keepMadeShare("cancelled")).isEmpty();
    }

    private LensShareResource resource(StandInApi api, Duration settleTime) {
        return new LensShareResource(Optional.of("us-east-1"), api, (urn, message) -> logged.add(message), settleTime);
    }

    private static CreateProgress progress() {
        return new CreateProgress();
    }

    /**
     * Answers tokens in {@link #replayed} with their deleted share, any other token with a new live share, and
     * lists a live share only once it is {@code listingDelay} old.
     */
    private static final class StandInApi implements LensShareApi {
        final Map<String, String> replayed = new ConcurrentHashMap<>();
        final Map<String, Long> live = new ConcurrentHashMap<>();
        final List<String> tokensUsed = new ArrayList<>();
        final Duration listingDelay;
        volatile int listings;

        StandInApi(Duration listingDelay) {
            this.listingDelay = listingDelay;
        }

        @Override
        public synchronized String createLensShare(
                LensArn lens, SharedWith sharedWith, String token, Deadline deadline) {
            tokensUsed.add(token);
            if (replayed.containsKey(token)) {
                return replayed.get(token);
            }
            String shareId = String.format("%032x", live.size() + 1);
            live.put(shareId, System.nanoTime());
            return shareId;
        }

        @Override
        public SharePage listLensShares(
                LensArn lens, Optional<String> prefix, Optional<String> next, Deadline deadline) {
            listings++;
            long now = System.nanoTime();
            List<ShareSummary> listed = new ArrayList<>();
            live.forEach((shareId, createdAt) -> {
                if (now - createdAt >= listingDelay.toNanos()) {
                    listed.add(new ShareSummary(shareId, "444455556666", new ShareStatus("PENDING"), Optional.empty()));
                }
            });
            return new SharePage(listed, Optional.empty());
        }

        @Override
        public void deleteLensShare(LensArn lens, String shareId, String token, Deadline deadline) {
            throw new UnsupportedOperationException();
        }
    }
}
