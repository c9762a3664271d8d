package com.pulumi.wellarchitected.bench.harness;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.ListLensSharesResponse;

/**
 * The baseline: the Well-Architected calls the provider makes, made directly with the AWS SDK and the same HTTP
 * client (the JDK's URLConnection), so that a comparison isolates what the provider adds.
 */
public final class DirectLensShares implements AutoCloseable {

    // The provider's page size: the same requests on the wire.
    private static final int PAGE_SIZE = 10;

    private final WellArchitectedClient client;

    public DirectLensShares(URI emulator) {
        client = WellArchitectedClient.builder()
                .region(Region.of(EmulatorControl.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EmulatorControl.OWNER, "bench-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(emulator)
                .build();
    }

    public String create(String lensArn, String sharedWith) {
        return client.createLensShare(r -> r.lensAlias(lensArn)
                        .sharedWith(sharedWith)
                        .clientRequestToken(UUID.randomUUID().toString()))
                .shareId();
    }

    /** Finds one share as the provider's Read does: ListLensShares filtered to its principal, paged. */
    public Optional<LensShareSummary> find(String lensArn, String sharedWith, String shareId) {
        String next = null;
        do {
            String token = next;
            ListLensSharesResponse page = client.listLensShares(r -> r.lensAlias(lensArn)
                    .sharedWithPrefix(sharedWith)
                    .maxResults(PAGE_SIZE)
                    .nextToken(token));
            Optional<LensShareSummary> share = page.lensShareSummaries().stream()
                    .filter(s -> s.shareId().equals(shareId))
                    .findFirst();
            if (share.isPresent()) {
                return share;
            }
            next = page.nextToken();
        } while (next != null && !next.isEmpty());
        return Optional.empty();
    }

    /** Lists every share of a lens in the largest pages the API allows: the cheapest way to see them all. */
    public int listAll(String lensArn) {
        int shares = 0;
        String next = null;
        do {
            String token = next;
            ListLensSharesResponse page = client.listLensShares(
                    r -> r.lensAlias(lensArn).maxResults(50).nextToken(token));
            shares += page.lensShareSummaries().size();
            next = page.nextToken();
        } while (next != null && !next.isEmpty());
        return shares;
    }

    public void delete(String lensArn, String shareId) {
        client.deleteLensShare(r -> r.lensAlias(lensArn)
                .shareId(shareId)
                .clientRequestToken(UUID.randomUUID().toString()));
    }

    @Override
    public void close() {
        client.close();
    }
}
