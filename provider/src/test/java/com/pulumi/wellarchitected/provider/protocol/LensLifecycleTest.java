package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.wellarchitected.emulator.model.LensDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ReadResponse;

/** A custom lens through the provider protocol against the emulator, while ListLenses lags behind. */
class LensLifecycleTest {

    private static final String TYPE = "wellarchitected:index:Lens";

    private ProviderFixture fixture;
    private Rpc lens;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure();
        fixture.faults("{\"listingDelayMs\":{\"ListLenses\":1500}}");
        lens = new Rpc(fixture.provider, TYPE, "security-lens");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aLensIsCreatedReadPublishedAgainOnUpdateImportedAndDeleted() {
        String first = LensDocument.minimal("Security lens").json();
        Struct inputs =
                lens.checked(Struct.getDefaultInstance(), Structs.of("document", first, "versionName", " 1.0 "));
        assertThat(Structs.string(inputs, "versionName")).isEqualTo("1.0");
        assertThat(inputs.getFieldsOrThrow("isMajorVersion").getBoolValue()).isFalse();

        CreateResponse preview = lens.create(inputs, true, 0);
        assertThat(preview.getId()).isEmpty();
        assertThat(Structs.string(preview.getProperties(), "lensArn")).isEqualTo(Structs.UNKNOWN);

        CreateResponse created = lens.create(inputs, false, 60);
        String arn = created.getId();
        assertThat(arn).matches("arn:aws:wellarchitected:us-east-1:" + OWNER + ":lens/[0-9a-f]{32}");
        Struct outputs = created.getProperties();
        assertThat(Structs.string(outputs, "lensArn")).isEqualTo(arn);
        assertThat(Structs.string(outputs, "name")).isEqualTo("Security lens");
        assertThat(Structs.string(outputs, "owner")).isEqualTo(OWNER);
        assertThat(Structs.string(outputs, "publishedVersion")).isEqualTo("1.0");
        // Waited for, since ListLenses did not list the new lens at once.
        assertThat(Structs.string(outputs, "lensStatus")).isEqualTo("CURRENT");

        ReadResponse read = lens.read(arn, outputs, inputs);
        assertThat(read.getId()).isEqualTo(arn);
        assertThat(Structs.string(read.getProperties(), "publishedVersion")).isEqualTo("1.0");

        String second = LensDocument.minimal("Security lens v2").json();
        CheckResponse sameVersion = lens.check(inputs, Structs.of("document", second, "versionName", "1.0"));
        assertThat(sameVersion.getFailuresList()).singleElement().satisfies(failure -> {
            assertThat(failure.getProperty()).isEqualTo("versionName");
            assertThat(failure.getReason()).contains("give a new versionName");
        });

        Struct news = lens.checked(inputs, Structs.of("document", second, "versionName", "2.0"));
        DiffResponse diff = lens.diff(arn, outputs, inputs, news);
        assertThat(diff.getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_SOME);
        assertThat(diff.getReplacesList()).isEmpty();
        assertThat(diff.getDetailedDiffMap().get("versionName").getKind()).isEqualTo(PropertyDiff.Kind.UPDATE);
        assertThat(diff.getDetailedDiffMap()).containsKey("document");
        assertThat(lens.diff(arn, outputs, inputs, inputs).getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_NONE);

        Struct updated = lens.update(arn, outputs, inputs, news).getProperties();
        assertThat(Structs.string(updated, "lensArn")).isEqualTo(arn);
        assertThat(Structs.string(updated, "publishedVersion")).isEqualTo("2.0");
        assertThat(Structs.string(updated, "name")).isEqualTo("Security lens v2");

        ReadResponse imported = lens.importById(arn);
        assertThat(imported.getId()).isEqualTo(arn);
        assertThat(Structs.string(imported.getInputs(), "versionName")).isEqualTo("2.0");
        assertThat(Structs.string(imported.getProperties(), "lensStatus")).isEqualTo("CURRENT");

        lens.delete(arn, updated);
        assertThat(lens.read(arn, updated, news).getId()).isEmpty();
        lens.delete(arn, updated);
    }

    @Test
    void aLensDeletedOutOfBandReadsAsGone() {
        Struct inputs = lens.checked(
                Struct.getDefaultInstance(),
                Structs.of("document", LensDocument.minimal("Doomed lens").json(), "versionName", "1"));
        CreateResponse created = lens.create(inputs, false, 60);

        try (var aws = fixture.aws(OWNER)) {
            aws.deleteLens(
                    r -> r.lensAlias(created.getId()).lensStatus("PUBLISHED").clientRequestToken("oob"));
        }

        assertThat(lens.read(created.getId(), created.getProperties(), inputs).getId())
                .isEmpty();
    }

    @Test
    void aMajorVersionIsPublishedAsMajor() {
        Struct news = Structs.with(
                Structs.of("document", LensDocument.minimal("Major lens").json(), "versionName", "1"),
                "isMajorVersion",
                Value.newBuilder().setBoolValue(true).build());
        Struct inputs = lens.checked(Struct.getDefaultInstance(), news);

        CreateResponse created = lens.create(inputs, false, 60);

        assertThat(created.getProperties().getFieldsOrThrow("isMajorVersion").getBoolValue())
                .isTrue();
        assertThat(Structs.string(created.getProperties(), "publishedVersion")).isEqualTo("1");
    }
}
