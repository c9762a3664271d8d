package com.pulumi.wellarchitected.emulator;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/** SDK clients for test accounts, each talking to an emulator with the real AWS SDK for Java v2 and Apache client. */
final class Accounts {
    static final String OWNER = "111122223333";
    static final String RECIPIENT = "444455556666";
    static final String OTHER = "777788889999";
    static final Region REGION = Region.US_EAST_1;

    private Accounts() {}

    /** A client whose access key is the account ID, so the emulator acts for that account. */
    static WellArchitectedClient client(EmulatorServer server, String accessKey) {
        return client(server, accessKey, "secret-" + accessKey, REGION);
    }

    static WellArchitectedClient client(EmulatorServer server, String accessKey, String secretKey, Region region) {
        return WellArchitectedClient.builder()
                .endpointOverride(server.endpoint())
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClientBuilder(ApacheHttpClient.builder())
                // Tests assert on the first answer; the SDK's retries would hide throttling and server faults.
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
