package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.RECIPIENT;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.SECRET_KEY;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.URN;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.ReadRequest;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/** A configured secret key or session token appears in no log line, no error and no output. */
class SecretsTest {

    private static final String OTHER_RECIPIENT = "777788889999";
    private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN";

    private ProviderFixture fixture;
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theSecretKeyAndTokenStaySecret() {
        Struct config = Structs.with(
                Structs.with(
                        fixture.config(ProviderFixture.OWNER, 1),
                        "secretKey",
                        Structs.secret(Structs.text(SECRET_KEY))),
                "token",
                Structs.text(TOKEN));
        CheckResponse checked = fixture.provider.checkConfig(
                CheckRequest.newBuilder().setUrn(URN).setNews(config).build());
        assertThat(Structs.isSecret(checked.getInputs().getFieldsOrThrow("secretKey")))
                .isTrue();
        assertThat(Structs.isSecret(checked.getInputs().getFieldsOrThrow("token")))
                .isTrue();
        record(checked);
        record(fixture.provider.configure(ConfigureRequest.newBuilder()
                .setArgs(checked.getInputs())
                .setAcceptSecrets(true)
                .build()));
        String lens = fixture.seedLens("Security lens");

        Struct inputs = fixture.provider
                .check(LifecycleScenario.check(
                        Struct.getDefaultInstance(), Structs.of("lensAlias", lens, "sharedWith", RECIPIENT), "seed"))
                .getInputs();
        CreateResponse created = call(() -> fixture.provider.create(
                CreateRequest.newBuilder().setUrn(URN).setProperties(inputs).build()));
        try (WellArchitectedClient owner = fixture.aws(ProviderFixture.OWNER)) {
            owner.createLensShare(
                    r -> r.lensAlias(lens).sharedWith(OTHER_RECIPIENT).clientRequestToken("by-hand"));
        }
        call(() -> fixture.provider.create(CreateRequest.newBuilder()
                .setUrn(URN)
                .setProperties(fixture.provider
                        .check(LifecycleScenario.check(
                                Struct.getDefaultInstance(),
                                Structs.of("lensAlias", lens, "sharedWith", OTHER_RECIPIENT),
                                "conflicting"))
                        .getInputs())
                .build()));
        call(() -> fixture.provider.read(
                ReadRequest.newBuilder().setUrn(URN).setId(created.getId()).build()));
        call(() -> fixture.provider.read(
                ReadRequest.newBuilder().setUrn(URN).setId("not-an-id").build()));
        // `pulumi destroy` is another run, with a provider process of its own.
        record(fixture.provider.configure(ConfigureRequest.newBuilder()
                .setArgs(checked.getInputs())
                .setAcceptSecrets(true)
                .build()));
        fixture.faults("{\"throttleRate\":1.0}");
        call(() -> fixture.provider.delete(
                DeleteRequest.newBuilder().setUrn(URN).setId(created.getId()).build()));
        call(() -> fixture.provider.configure(ConfigureRequest.newBuilder()
                .setArgs(Structs.with(config, "region", Structs.text("nowhere")))
                .build()));
        fixture.provider
                .checkConfig(CheckRequest.newBuilder()
                        .setUrn(URN)
                        .setNews(Structs.of("secretKey", SECRET_KEY))
                        .build())
                .getFailuresList()
                .forEach(failure -> seen.add(failure.getReason()));
        fixture.engine.logs().stream().map(LogRequest::getMessage).forEach(seen::add);
        seen.add(fixture.diagnostics());

        assertThat(seen).hasSizeGreaterThan(8);
        assertThat(String.join("\n", seen))
                .doesNotContain(SECRET_KEY)
                .doesNotContain(TOKEN)
                .contains("ConflictException")
                .contains("ThrottlingException");
    }

    private <T extends Message> T call(Supplier<T> call) {
        try {
            T response = call.get();
            record(response);
            return response;
        } catch (StatusRuntimeException e) {
            seen.add(e.getStatus().getDescription());
            return null;
        }
    }

    /** Records every string a response shows outside secret wrappers. */
    private void record(Message response) {
        seen.add(response.getClass().getSimpleName());
        for (Object field : response.getAllFields().values()) {
            if (field instanceof Struct struct) {
                struct.getFieldsMap().values().forEach(this::recordVisible);
            } else {
                seen.add(String.valueOf(field));
            }
        }
    }

    private void recordVisible(Value value) {
        if (Structs.isSecret(value)) {
            return;
        }
        if (value.hasStructValue()) {
            value.getStructValue().getFieldsMap().values().forEach(this::recordVisible);
        } else {
            seen.add(value.toString());
        }
    }
}
