package com.pulumi.wellarchitected.provider.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.wellarchitected.emulator.model.LensDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pulumirpc.Provider.CheckFailure;
import pulumirpc.Provider.CheckResponse;

/** Check refuses each bad input of Lens and LensShareAccepter in one line naming the property and what it takes. */
class NewResourceCheckFailuresTest {

    private static final String LENS_DOCUMENT =
            LensDocument.minimal("Security lens").json();

    private ProviderFixture fixture;
    private Rpc lens;
    private Rpc accepter;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        lens = new Rpc(fixture.provider, "wellarchitected:index:Lens", "lens");
        accepter = new Rpc(fixture.provider, "wellarchitected:index:LensShareAccepter", "accepter");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest(name = "document {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{not json|the document is not JSON (",
                "[1, 2]|the document is JSON but not an object: give the lens as a custom lens JSON document.",
                "   |document is required: give the lens as a custom lens JSON document."
            })
    void aBadDocumentIsRefused(String document, String reason) {
        CheckFailure failure = onlyFailure(lens.check(
                Struct.getDefaultInstance(),
                Structs.of("document", document == null ? "" : document, "versionName", "1")));

        assertThat(failure.getProperty()).isEqualTo("document");
        assertThat(failure.getReason()).startsWith(reason).doesNotContain("\n");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefused() {
        String huge = "{\"name\":\"" + "x".repeat(500_001) + "\"}";

        CheckFailure failure =
                onlyFailure(lens.check(Struct.getDefaultInstance(), Structs.of("document", huge, "versionName", "1")));

        assertThat(failure.getProperty()).isEqualTo("document");
        assertThat(failure.getReason()).contains("more than the 500000 AWS takes");
    }

    @Test
    void aLongOrMissingVersionNameIsRefused() {
        CheckFailure tooLong = onlyFailure(lens.check(
                Struct.getDefaultInstance(), Structs.of("document", LENS_DOCUMENT, "versionName", "v".repeat(33))));
        CheckFailure missing =
                onlyFailure(lens.check(Struct.getDefaultInstance(), Structs.of("document", LENS_DOCUMENT)));

        assertThat(tooLong.getProperty()).isEqualTo("versionName");
        assertThat(tooLong.getReason())
                .isEqualTo("the version name has 33 characters: give a version name of 1 to 32 characters.");
        assertThat(missing.getReason())
                .isEqualTo("versionName is required: give a version name of 1 to 32 characters.");
    }

    @Test
    void isMajorVersionMustBeABoolean() {
        Struct news = Structs.with(
                Structs.of("document", LENS_DOCUMENT, "versionName", "1"),
                "isMajorVersion",
                Value.newBuilder().setStringValue("yes").build());

        CheckFailure failure = onlyFailure(lens.check(Struct.getDefaultInstance(), news));

        assertThat(failure.getProperty()).isEqualTo("isMajorVersion");
        assertThat(failure.getReason())
                .isEqualTo("isMajorVersion must be a boolean, not a string: give true or false.");
    }

    @Test
    void unknownInputsPassInAPreview() {
        CheckResponse checked = lens.check(
                Struct.getDefaultInstance(), Structs.of("document", Structs.UNKNOWN, "versionName", Structs.UNKNOWN));

        assertThat(checked.getFailuresList()).isEmpty();
    }

    @Test
    void aBadInvitationIdOrLensArnIsRefused() {
        CheckFailure badId =
                onlyFailure(accepter.check(Struct.getDefaultInstance(), Structs.of("shareInvitationId", "xyz")));
        CheckFailure official =
                onlyFailure(accepter.check(Struct.getDefaultInstance(), Structs.of("lensArn", "serverless")));

        assertThat(badId.getProperty()).isEqualTo("shareInvitationId");
        assertThat(badId.getReason()).startsWith("a share invitation ID is 32 hex characters");
        assertThat(official.getProperty()).isEqualTo("lensArn");
        assertThat(official.getReason()).contains("AWS official lenses cannot be shared");
    }

    private static CheckFailure onlyFailure(CheckResponse response) {
        assertThat(response.getFailuresList()).hasSize(1);
        return response.getFailures(0);
    }
}
