package com.pulumi.wellarchitected.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/** What the acceptance tests do to the emulator outside the CLI: its control API, and the API as an account calls it. */
final class EmulatorControl {

    private EmulatorControl() {}

    /** The Well-Architected API as {@code account} calls it, for what happens out of band. */
    static WellArchitectedClient client(URI endpoint, String region, String account, String secretKey) {
        return WellArchitectedClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, secretKey)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A published custom lens of {@code owner}, made through the control API; returns its ARN. */
    static String seedLens(URI endpoint, String region, String owner) throws Exception {
        String body = post(
                endpoint,
                "lenses",
                "{\"accountId\":\"" + owner + "\",\"region\":\"" + region
                        + "\",\"name\":\"Security lens\",\"published\":true}");
        Matcher arn = Pattern.compile("\"LensArn\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        assertThat(arn.find()).as(body).isTrue();
        return arn.group(1);
    }

    /** Sets the emulator's injected faults; {@code {}} turns them off. */
    static void faults(URI endpoint, String json) throws Exception {
        post(endpoint, "faults", json);
    }

    private static String post(URI endpoint, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/_emulator/" + path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
