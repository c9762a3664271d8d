package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.OWNER;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ReadResponse;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/** The organization sharing setting through the provider protocol against the emulator. */
class OrganizationSharingTest {

    private static final String TYPE = "wellarchitected:index:OrganizationSharing";

    private ProviderFixture fixture;
    private Rpc setting;
    private WellArchitectedClient aws;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure();
        setting = new Rpc(fixture.provider, TYPE, "org-sharing");
        aws = fixture.aws(OWNER);
    }

    @AfterEach
    void stop() {
        aws.close();
        fixture.close();
    }

    @Test
    void sharingIsEnabledByDefaultRestoredAfterDriftAndLeftOnDelete() {
        Struct inputs = setting.checked(Struct.getDefaultInstance(), Struct.getDefaultInstance());
        assertThat(inputs.getFieldsOrThrow("enabled").getBoolValue()).isTrue();

        CreateResponse created = setting.create(inputs, false, 60);
        assertThat(created.getId()).isEqualTo(REGION);
        assertThat(Structs.string(created.getProperties(), "organizationSharingStatus"))
                .isEqualTo("ENABLED");
        assertThat(status()).isEqualTo("ENABLED");

        aws.updateGlobalSettings(r -> r.organizationSharingStatus("DISABLED"));
        ReadResponse refreshed = setting.read(REGION, created.getProperties(), inputs);
        assertThat(refreshed.getInputs().getFieldsOrThrow("enabled").getBoolValue())
                .isFalse();
        assertThat(Structs.string(refreshed.getProperties(), "organizationSharingStatus"))
                .isEqualTo("DISABLED");
        DiffResponse diff = setting.diff(REGION, refreshed.getProperties(), refreshed.getInputs(), inputs);
        assertThat(diff.getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_SOME);
        assertThat(diff.getReplacesList()).isEmpty();

        Struct restored = setting.update(REGION, refreshed.getProperties(), refreshed.getInputs(), inputs)
                .getProperties();
        assertThat(Structs.string(restored, "organizationSharingStatus")).isEqualTo("ENABLED");

        ReadResponse imported = setting.importById(REGION);
        assertThat(imported.getInputs().getFieldsOrThrow("enabled").getBoolValue())
                .isTrue();

        setting.delete(REGION, restored);
        assertThat(status()).isEqualTo("ENABLED");
        assertThat(fixture.engine.logs())
                .extracting(LogRequest::getMessage)
                .anySatisfy(message -> assertThat(message).contains("organization sharing is left as it is"));
    }

    @Test
    void enabledFalseTurnsSharingOff() {
        aws.updateGlobalSettings(r -> r.organizationSharingStatus("ENABLED"));
        Struct inputs = setting.checked(
                Struct.getDefaultInstance(),
                Struct.newBuilder()
                        .putFields(
                                "enabled",
                                Value.newBuilder().setBoolValue(false).build())
                        .build());

        CreateResponse created = setting.create(inputs, false, 60);

        assertThat(Structs.string(created.getProperties(), "organizationSharingStatus"))
                .isEqualTo("DISABLED");
        assertThat(status()).isEqualTo("DISABLED");
    }

    @Test
    void enabledMustBeABoolean() {
        CheckResponse checked = setting.check(Struct.getDefaultInstance(), Structs.of("enabled", "yes"));

        assertThat(checked.getFailuresList()).singleElement().satisfies(failure -> {
            assertThat(failure.getProperty()).isEqualTo("enabled");
            assertThat(failure.getReason()).isEqualTo("enabled must be a boolean, not a string: give true or false.");
        });
    }

    private String status() {
        return aws.getGlobalSettings(r -> {}).organizationSharingStatusAsString();
    }
}
