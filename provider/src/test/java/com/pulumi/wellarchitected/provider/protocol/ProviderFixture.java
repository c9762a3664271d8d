package com.pulumi.wellarchitected.provider.protocol;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.Struct;
import com.pulumi.wellarchitected.emulator.EmulatorOptions;
import com.pulumi.wellarchitected.emulator.EmulatorServer;
import com.pulumi.wellarchitected.provider.catalog.WellArchitectedApis;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader;
import com.pulumi.wellarchitected.provider.grpc.EngineLog;
import com.pulumi.wellarchitected.provider.grpc.WellArchitectedProvider;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * One test's world: its own emulator on a free port, a fake engine taking the provider's log messages, and the
 * provider served in-process, driven through {@code ResourceProviderGrpc} stubs.
 */
final class ProviderFixture implements AutoCloseable {

    static final String OWNER = "111122223333";
    static final String RECIPIENT = "444455556666";
    static final String REGION = "us-east-1";
    static final String SECRET_KEY = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRETKEY";
    static final String URN = "urn:pulumi:dev::lens-sharing::wellarchitected:index:LensShare::security-lens-to-prod";

    final EmulatorServer emulator;
    final FakeEngine engine;
    final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    private final EngineLog engineLog;
    private final Server server;
    private final ManagedChannel channel;
    private final HttpClient http = HttpClient.newHttpClient();
    final ResourceProviderBlockingStub provider;

    ProviderFixture() throws IOException {
        emulator = EmulatorServer.start(EmulatorOptions.ephemeral());
        engine = new FakeEngine();
        PrintStream diagnosticsStream = new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
        engineLog = new EngineLog(Optional.of(engine.address()), diagnosticsStream);
        String name = "provider-" + UUID.randomUUID();
        server = InProcessServerBuilder.forName(name)
                .addService(new WellArchitectedProvider(
                        new ProviderConfigReader(Map.of(), profile -> Optional.empty()),
                        WellArchitectedApis::aws,
                        engineLog,
                        diagnosticsStream))
                .build()
                .start();
        channel = InProcessChannelBuilder.forName(name).build();
        provider = ResourceProviderGrpc.newBlockingStub(channel);
    }

    /** The configuration of a provider acting for {@code account} against this emulator. */
    Struct config(String account, int maxRetries) {
        return Structs.of(
                "region",
                REGION,
                "accessKey",
                account,
                "secretKey",
                SECRET_KEY,
                "endpoint",
                emulator.endpoint().toString(),
                "maxRetries",
                Integer.toString(maxRetries));
    }

    /** CheckConfig then Configure, as the engine does, acting for the lens owner. */
    void configure() {
        configure(config(OWNER, 10));
    }

    void configure(Struct config) {
        configure(provider, config);
    }

    static void configure(ResourceProviderBlockingStub provider, Struct config) {
        CheckResponse checked = provider.checkConfig(CheckRequest.newBuilder()
                .setUrn("urn:pulumi:dev::lens-sharing::pulumi:providers:wellarchitected::default")
                .setNews(config)
                .build());
        if (checked.getFailuresCount() > 0) {
            throw new AssertionError("CheckConfig refused " + checked.getFailuresList());
        }
        provider.configure(ConfigureRequest.newBuilder()
                .setArgs(checked.getInputs())
                .setAcceptSecrets(true)
                .setAcceptResources(true)
                .setSendsOldInputs(true)
                .build());
    }

    /** Seeds a published custom lens owned by {@link #OWNER}; returns its ARN. */
    String seedLens(String name) {
        return control(
                        "POST",
                        "lenses",
                        "{\"accountId\":\"" + OWNER + "\",\"region\":\"" + REGION + "\",\"name\":\"" + name
                                + "\",\"published\":true}")
                .get("LensArn")
                .getAsString();
    }

    JsonObject control(String method, String action, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/_emulator/" + action))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(
                        "control " + action + " answered " + response.statusCode() + ": " + response.body());
            }
            return JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonObject state() {
        return control("GET", "state", null);
    }

    void faults(String json) {
        control("POST", "faults", json);
    }

    /** How many times the emulator answered {@code operation} with {@code status}. */
    int calls(String operation, int status) {
        JsonObject operations = control("GET", "metrics", null).getAsJsonObject("operations");
        if (!operations.has(operation) || !operations.getAsJsonObject(operation).has(Integer.toString(status))) {
            return 0;
        }
        return operations
                .getAsJsonObject(operation)
                .get(Integer.toString(status))
                .getAsInt();
    }

    /** The AWS SDK acting for {@code account}, for what happens out of band: the Apache client can send PATCH. */
    WellArchitectedClient aws(String account) {
        return WellArchitectedClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .httpClient(ApacheHttpClient.create())
                .build();
    }

    String diagnostics() {
        return diagnostics.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        channel.shutdownNow();
        server.shutdownNow();
        engineLog.close();
        engine.close();
        emulator.close();
    }
}
