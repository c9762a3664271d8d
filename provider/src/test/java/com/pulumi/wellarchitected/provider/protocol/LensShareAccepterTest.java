package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.OWNER;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Struct;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.ReadResponse;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;

/**
 * The recipient's side of a share, through a provider configured with the recipient's credentials, while
 * ListShareInvitations lags behind.
 */
class LensShareAccepterTest {

    private static final String TYPE = "wellarchitected:index:LensShareAccepter";

    private ProviderFixture fixture;
    private Rpc accepter;
    private WellArchitectedClient owner;
    private WellArchitectedClient recipient;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure(fixture.config(RECIPIENT, 10));
        fixture.faults("{\"listingDelayMs\":{\"ListShareInvitations\":1500}}");
        accepter = new Rpc(fixture.provider, TYPE, "security-lens-accepted");
        owner = fixture.aws(OWNER);
        recipient = fixture.aws(RECIPIENT);
    }

    @AfterEach
    void stop() {
        owner.close();
        recipient.close();
        fixture.close();
    }

    @Test
    void anInvitationIsAwaitedAcceptedReadImportedAdoptedAndLeftOnDelete() {
        String lens = fixture.seedLens("Security lens");
        String shareId = share(lens);
        Struct inputs = accepter.checked(
                Struct.getDefaultInstance(), Structs.of("lensArn", lens.toUpperCase(java.util.Locale.ROOT)));
        assertThat(Structs.string(inputs, "lensArn")).isEqualTo(lens);

        CreateResponse created = accepter.create(inputs, false, 60);

        String invitationId = created.getId();
        assertThat(invitationId).matches("[0-9a-f]{32}");
        assertThat(Structs.string(created.getProperties(), "status")).isEqualTo("ACCEPTED");
        assertThat(Structs.string(created.getProperties(), "lensName")).isEqualTo("Security lens");
        assertThat(Structs.string(created.getProperties(), "shareInvitationId")).isEqualTo(invitationId);
        assertThat(ownersView(lens, shareId).statusAsString()).isEqualTo("ACCEPTED");

        ReadResponse read = accepter.read(invitationId, created.getProperties(), inputs);
        assertThat(read.getId()).isEqualTo(invitationId);
        ReadResponse imported = accepter.importById(invitationId);
        assertThat(imported.getId()).isEqualTo(invitationId);
        assertThat(Structs.string(imported.getProperties(), "lensArn")).isEqualTo(lens);

        CreateResponse adopted = new Rpc(fixture.provider, TYPE, "again").create(inputs, false, 60);
        assertThat(adopted.getId()).isEqualTo(invitationId);

        accepter.delete(invitationId, created.getProperties());
        assertThat(ownersView(lens, shareId).statusAsString()).isEqualTo("ACCEPTED");
        assertThat(fixture.engine.logs())
                .extracting(LogRequest::getMessage)
                .anySatisfy(message -> assertThat(message).contains("AWS has no API to give back a shared lens"));

        owner.deleteLensShare(r -> r.lensAlias(lens).shareId(shareId).clientRequestToken("oob"));
        assertThat(accepter.read(invitationId, created.getProperties(), inputs).getId())
                .isEmpty();
    }

    @Test
    void anInvitationIsAcceptedByItsId() {
        String lens = fixture.seedLens("Cost lens");
        String shareId = share(lens);
        fixture.faults("{\"listingDelayMs\":{}}");
        String invitationId = recipient
                .listShareInvitations(r -> r.shareResourceType("LENS"))
                .shareInvitationSummaries()
                .get(0)
                .shareInvitationId();
        Struct inputs = accepter.checked(Struct.getDefaultInstance(), Structs.of("shareInvitationId", invitationId));

        CreateResponse created = accepter.create(inputs, false, 60);

        assertThat(created.getId()).isEqualTo(invitationId);
        assertThat(Structs.string(created.getProperties(), "lensArn")).isEqualTo(lens);
        assertThat(ownersView(lens, shareId).statusAsString()).isEqualTo("ACCEPTED");
    }

    @Test
    void anExpiredInvitationFailsWithItsStatus() {
        String lens = fixture.seedLens("Stale lens");
        share(lens);
        fixture.faults("{\"listingDelayMs\":{}}");
        String invitationId = recipient
                .listShareInvitations(r -> r.shareResourceType("LENS"))
                .shareInvitationSummaries()
                .get(0)
                .shareInvitationId();
        fixture.control("POST", "clock", "{\"advanceSeconds\":" + 8 * 24 * 3600 + "}");
        Struct inputs = accepter.checked(Struct.getDefaultInstance(), Structs.of("shareInvitationId", invitationId));

        assertThatThrownBy(() -> accepter.create(inputs, false, 10))
                .isInstanceOf(StatusRuntimeException.class)
                .hasMessageContaining("UpdateShareInvitation")
                .hasMessageContaining("EXPIRED");
    }

    @Test
    void aLensNeverSharedFailsOnceTheTimeoutIsUp() {
        String lens = fixture.seedLens("Private lens");
        Struct inputs = accepter.checked(Struct.getDefaultInstance(), Structs.of("lensArn", lens));

        assertThatThrownBy(() -> accepter.create(inputs, false, 2))
                .isInstanceOf(StatusRuntimeException.class)
                .hasMessageContaining("no invitation to lens " + lens)
                .hasMessageContaining("2.0 s timeout");
    }

    @Test
    void exactlyOneOfLensArnAndShareInvitationIdIsRequired() {
        CheckResponse none = accepter.check(Struct.getDefaultInstance(), Struct.getDefaultInstance());
        CheckResponse both = accepter.check(
                Struct.getDefaultInstance(),
                Structs.of(
                        "lensArn",
                        "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef",
                        "shareInvitationId",
                        "0123456789abcdef0123456789abcdef"));

        assertThat(none.getFailuresList())
                .singleElement()
                .satisfies(f -> assertThat(f.getReason()).contains("exactly one of lensArn and shareInvitationId"));
        assertThat(both.getFailuresList())
                .singleElement()
                .satisfies(f -> assertThat(f.getReason()).contains("more than one is given"));
    }

    private String share(String lens) {
        return owner.createLensShare(
                        r -> r.lensAlias(lens).sharedWith(RECIPIENT).clientRequestToken(lens))
                .shareId();
    }

    private LensShareSummary ownersView(String lens, String shareId) {
        return owner.listLensShares(r -> r.lensAlias(lens)).lensShareSummaries().stream()
                .filter(s -> s.shareId().equals(shareId))
                .findFirst()
                .orElseThrow();
    }
}
