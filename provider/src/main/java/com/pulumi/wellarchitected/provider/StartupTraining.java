package com.pulumi.wellarchitected.provider;

import com.google.protobuf.ByteString;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.wellarchitected.provider.grpc.EngineLog;
import com.pulumi.wellarchitected.provider.grpc.ProviderServer;
import io.grpc.ManagedChannel;
import io.grpc.okhttp.OkHttpChannelBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/**
 * The training run of the start-up cache (an AOT cache on JDK 25, a class-data-sharing archive on 17): starts the
 * server as {@link Main} does and makes the calls that come before a first AWS call (GetPluginInfo, CheckConfig,
 * Configure, Check, Diff, a preview Create), so that the classes they load are in the cache. It calls no AWS API:
 * JDK 25 loads every class of its AOT cache at start-up, and the AWS SDK's two thousand classes would then cost every
 * start, including those that never call AWS; they load when the first AWS call needs them.
 */
public final class StartupTraining {

    private static final String URN = "urn:pulumi:training::training::wellarchitected:index:LensShare::training";
    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        // Closing the log shuts its engine channel only: standard error stays open.
        PrintStream fallback = System.err;
        try (EngineLog engineLog = new EngineLog(Optional.empty(), fallback);
                ProviderServer server = ProviderServer.bind().serve(Main.newProvider(engineLog))) {
            ManagedChannel channel = OkHttpChannelBuilder.forAddress("127.0.0.1", server.port())
                    .usePlaintext()
                    .build();
            try {
                train(ResourceProviderGrpc.newBlockingStub(channel));
            } finally {
                channel.shutdownNow();
            }
        }
    }

    private static void train(ResourceProviderBlockingStub provider) {
        provider.getPluginInfo(Empty.getDefaultInstance());
        provider.getSchema(GetSchemaRequest.getDefaultInstance());
        Struct config = Struct.newBuilder()
                .putFields("region", text("us-east-1"))
                .putFields("accessKey", text("111122223333"))
                .putFields("secretKey", text("training-secret"))
                .putFields("endpoint", text("http://127.0.0.1:1"))
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
    }

    private static Value text(String value) {
        return Value.newBuilder().setStringValue(value).build();
    }
}
