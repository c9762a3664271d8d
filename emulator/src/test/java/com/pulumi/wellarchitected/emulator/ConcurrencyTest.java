package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;

/** 32 clients creating and deleting shares at once lose nothing and duplicate nothing. */
class ConcurrencyTest extends EmulatorTest {
    private static final int CLIENTS = 32;
    private static final int SHARES_PER_CLIENT = 12;

    @Test
    void thirtyTwoClientsCreatingAndDeletingLoseAndDuplicateNothing() throws Exception {
        String lensArn = publishedLens();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Set<String>>> kept = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int clientIndex = c;
            WellArchitectedClient client = client(Accounts.OWNER);
            Callable<Set<String>> work = () -> {
                Set<String> survivors = new HashSet<>();
                for (int i = 0; i < SHARES_PER_CLIENT; i++) {
                    String sharedWith = String.format("%06d%06d", clientIndex + 1, i);
                    String shareId = client.createLensShare(r ->
                                    r.lensAlias(lensArn).sharedWith(sharedWith).clientRequestToken(sharedWith))
                            .shareId();
                    // Every other share is deleted again, so creates and deletes interleave across clients.
                    if (i % 2 == 0) {
                        client.deleteLensShare(
                                r -> r.lensAlias(lensArn).shareId(shareId).clientRequestToken(token()));
                    } else {
                        survivors.add(shareId);
                    }
                }
                return survivors;
            };
            kept.add(pool.submit(work));
        }
        Set<String> expected = new HashSet<>();
        for (Future<Set<String>> future : kept) {
            expected.addAll(future.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<String> listed = owner
                .listLensSharesPaginator(r -> r.lensAlias(lensArn).maxResults(50))
                .stream()
                .flatMap(page -> page.lensShareSummaries().stream())
                .map(LensShareSummary::shareId)
                .toList();
        assertThat(expected).hasSize(CLIENTS * SHARES_PER_CLIENT / 2);
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        List<String> inState = new ArrayList<>();
        for (JsonElement share : control.get("state").json().getAsJsonArray("shares")) {
            inState.add(share.getAsJsonObject().get("shareId").getAsString());
        }
        assertThat(inState).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(control.get("metrics")
                        .json()
                        .getAsJsonObject("operations")
                        .getAsJsonObject("CreateLensShare")
                        .get("200")
                        .getAsInt())
                .isEqualTo(CLIENTS * SHARES_PER_CLIENT);
    }

    @Test
    void concurrentRetriesOfOneTokenMakeOneShare() throws Exception {
        String lensArn = publishedLens();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<String>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            WellArchitectedClient client = client(Accounts.OWNER);
            results.add(pool.submit(() -> client.createLensShare(r ->
                            r.lensAlias(lensArn).sharedWith(Accounts.RECIPIENT).clientRequestToken("one-token"))
                    .shareId()));
        }
        Set<String> shareIds = new HashSet<>();
        for (Future<String> result : results) {
            shareIds.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(shareIds).hasSize(1);
        assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                .hasSize(1);
    }
}
