package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.OWNER;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.RECIPIENT;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.URN;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationSummary;
import software.amazon.awssdk.services.wellarchitected.model.ShareResourceType;

/** A share changed out of band reads as gone when it no longer gives access, so the next update shares again. */
class DriftTest {

    private ProviderFixture fixture;
    private String lens;
    private Struct inputs;
    private CreateResponse created;

    @BeforeEach
    void createAShare() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure();
        lens = fixture.seedLens("Security lens");
        inputs = fixture.provider
                .check(LifecycleScenario.check(
                        Struct.getDefaultInstance(), Structs.of("lensAlias", lens, "sharedWith", RECIPIENT), "seed"))
                .getInputs();
        created = fixture.provider.create(
                CreateRequest.newBuilder().setUrn(URN).setProperties(inputs).build());
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aShareDeletedOutOfBandIsGone() {
        try (WellArchitectedClient owner = fixture.aws(OWNER)) {
            owner.deleteLensShare(r -> r.lensAlias(lens).shareId(shareId()).clientRequestToken("out-of-band"));
        }

        assertThat(refresh().getId()).isEmpty();
    }

    @Test
    void aShareRejectedByTheRecipientIsGoneAndTheNextUpdateSharesAgain() {
        try (WellArchitectedClient recipient = fixture.aws(RECIPIENT)) {
            ShareInvitationSummary invitation = recipient
                    .listShareInvitations(r -> r.shareResourceType(ShareResourceType.LENS))
                    .shareInvitationSummaries()
                    .get(0);
            recipient.updateShareInvitation(r -> r.shareInvitationId(invitation.shareInvitationId())
                    .shareInvitationAction(ShareInvitationAction.REJECT));
        }

        assertThat(refresh().getId()).isEmpty();
        assertThat(fixture.engine.logs())
                .extracting(LogRequest::getMessage)
                .contains("lens share " + shareId()
                        + " is REJECTED and no longer gives access: the next update shares the lens again");

        Struct again = fixture.provider
                .check(LifecycleScenario.check(
                        Struct.getDefaultInstance(), Structs.of("lensAlias", lens, "sharedWith", RECIPIENT), "next-up"))
                .getInputs();
        CreateResponse shared = fixture.provider.create(
                CreateRequest.newBuilder().setUrn(URN).setProperties(again).build());
        assertThat(shared.getId()).isNotEqualTo(created.getId());
        assertThat(Structs.string(shared.getProperties(), "status")).isEqualTo("PENDING");
    }

    @Test
    void anInvitationLeftUnansweredForSevenDaysExpiresAndIsGone() {
        fixture.control("POST", "clock", "{\"advanceSeconds\":" + (6 * 86400) + "}");
        assertThat(refresh().getId()).isEqualTo(created.getId());

        fixture.control("POST", "clock", "{\"advanceSeconds\":" + 86400 + "}");
        assertThat(refresh().getId()).isEmpty();
    }

    @Test
    void anAcceptedShareReadsAsAccepted() {
        try (WellArchitectedClient recipient = fixture.aws(RECIPIENT)) {
            String invitation = recipient
                    .listShareInvitations(r -> r.shareResourceType(ShareResourceType.LENS))
                    .shareInvitationSummaries()
                    .get(0)
                    .shareInvitationId();
            recipient.updateShareInvitation(
                    r -> r.shareInvitationId(invitation).shareInvitationAction(ShareInvitationAction.ACCEPT));
        }

        ReadResponse read = refresh();

        assertThat(read.getId()).isEqualTo(created.getId());
        assertThat(Structs.string(read.getProperties(), "status")).isEqualTo("ACCEPTED");
    }

    private ReadResponse refresh() {
        return fixture.provider.read(ReadRequest.newBuilder()
                .setUrn(URN)
                .setId(created.getId())
                .setProperties(created.getProperties())
                .setInputs(inputs)
                .build());
    }

    private String shareId() {
        return Structs.string(created.getProperties(), "shareId");
    }
}
