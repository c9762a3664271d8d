package com.pulumi.wellarchitected.provider.training;

import com.google.protobuf.ByteString;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.wellarchitected.provider.Main;
import com.pulumi.wellarchitected.provider.grpc.EngineLog;
import com.pulumi.wellarchitected.provider.grpc.ProviderServer;
import io.grpc.ManagedChannel;
import io.grpc.okhttp.OkHttpChannelBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/**
 * The training run of the start-up cache (an AOT cache on JDK 25, a class-data-sharing archive on 17): starts the
 * server as {@link Main} does and makes the calls a deployment makes (GetPluginInfo, CheckConfig, Configure, Check,
 * Diff, a preview Create, then Create, Read and Delete of a share against {@link TrainingApi} on loopback), so that
 * the classes they load, the AWS SDK's request pipeline among them, are in the cache. `pulumi refresh` and `pulumi
 * destroy` start a fresh provider that goes straight to Read or Delete: without these classes in the cache, their
 * first calls load and link the SDK from the jars.
 *
 * <p>It is built from its own source set into its own jar, which the launcher puts on the class path after the
 * provider's jar: the provider itself never loads it. JDK 17's archive is only used with the class path it was made
 * with, so the launcher keeps that jar on the class path whenever it is present.
 */
public final class StartupTraining {

    private static final String URN = "urn:pulumi:training::training::wellarchitected:index:LensShare::training";
    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";

    private StartupTraining() {}

    private static final String SHARED_WITH = "444455556666";
    // A share of this lens made by another process: its Delete calls the API, as `pulumi destroy`'s does.
    private static final String OTHER_SHARE = LENS + "|fedcba9876543210fedcba9876543210";
    // Enough rounds for the calls' methods to be compiled and profiled as in a deployment's steady state.
    private static final int LIVES = 20;

    public static void main(String[] args) throws IOException {
        // The engine log writes each create's message to its fallback stream, which training has no use for.
        EngineLog engineLog = new EngineLog(Optional.empty(), new PrintStream(OutputStream.nullOutputStream()));
        try (engineLog;
                TrainingApi api = TrainingApi.start(SHARED_WITH);
                ProviderServer server = ProviderServer.bind().serve(Main.newProvider(engineLog))) {
            ManagedChannel channel = OkHttpChannelBuilder.forAddress("127.0.0.1", server.port())
                    .usePlaintext()
                    .build();
            try {
                train(ResourceProviderGrpc.newBlockingStub(channel), api.endpoint());
            } finally {
                channel.shutdownNow();
            }
        }
    }

    private static void train(ResourceProviderBlockingStub provider, String endpoint) {
        provider.getPluginInfo(Empty.getDefaultInstance());
        provider.getSchema(GetSchemaRequest.getDefaultInstance());
        Struct config = Struct.newBuilder()
                .putFields("region", text("us-east-1"))
                .putFields("accessKey", text("111122223333"))
                .putFields("secretKey", text("training-secret"))
                .putFields("endpoint", text(endpoint))
                .putFields("maxRetries", text("0"))
                .build();
        provider.checkConfig(
                CheckRequest.newBuilder().setUrn(URN).setNews(config).build());
        provider.configure(ConfigureRequest.newBuilder()
                .setArgs(config)
                .setAcceptSecrets(true)
                .build());
        Struct news = Struct.newBuilder()
                .putFields("lensAlias", text(LENS.toUpperCase(Locale.ROOT)))
                .putFields("sharedWith", text("4444-5555-6666"))
                .build();
        provider.check(CheckRequest.newBuilder()
                .setUrn(URN)
                .setNews(Struct.getDefaultInstance())
                .setRandomSeed(ByteString.copyFromUtf8("training"))
                .build());
        Struct inputs = provider.check(CheckRequest.newBuilder()
                        .setUrn(URN)
                        .setNews(news)
                        .setRandomSeed(ByteString.copyFromUtf8("training"))
                        .build())
                .getInputs();
        provider.diff(DiffRequest.newBuilder()
                .setUrn(URN)
                .setOlds(inputs)
                .setOldInputs(inputs)
                .setNews(inputs)
                .build());
        provider.create(CreateRequest.newBuilder()
                .setUrn(URN)
                .setProperties(inputs)
                .setPreview(true)
                .build());
        for (int life = 0; life < LIVES; life++) {
            CreateResponse created = provider.create(CreateRequest.newBuilder()
                    .setUrn(URN)
                    .setProperties(inputs)
                    .setTimeout(60)
                    .build());
            provider.read(ReadRequest.newBuilder()
                    .setUrn(URN)
                    .setId(created.getId())
                    .setProperties(created.getProperties())
                    .setInputs(inputs)
                    .build());
            provider.delete(DeleteRequest.newBuilder()
                    .setUrn(URN)
                    .setId(OTHER_SHARE)
                    .setProperties(created.getProperties())
                    .build());
        }
    }

    private static Value text(String value) {
        return Value.newBuilder().setStringValue(value).build();
    }
}
