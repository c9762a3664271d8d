package com.pulumi.wellarchitected.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.CreateLensShareResponse;
import software.amazon.awssdk.services.wellarchitected.model.ImportLensStatus;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationSummary;
import software.amazon.awssdk.services.wellarchitected.model.ShareStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LensSharingFlowTest {
    private EmulatorServer server;
    private WellArchitectedClient owner;
    private WellArchitectedClient recipient;

    @BeforeEach
    void start() throws Exception {
        server = EmulatorServer.start(EmulatorOptions.ephemeral());
        owner = Accounts.client(server, Accounts.OWNER);
        recipient = Accounts.client(server, Accounts.RECIPIENT);
    }

    @AfterEach
    void stop() {
        owner.close();
        recipient.close();
        server.close();
    }

    @Test
    void importedLensIsPublishedSharedAcceptedAndUnshared() {
        var imported = owner.importLens(r -> r.jsonString(LensJson.valid("Security lens")).clientRequestToken("t1"));
        assertThat(imported.status()).isEqualTo(ImportLensStatus.COMPLETE);
        assertThat(imported.lensArn()).matches("arn:aws:wellarchitected:us-east-1:111122223333:lens/[0-9a-f]{32}");

        var version = owner.createLensVersion(r -> r.lensAlias(imported.lensArn()).lensVersion("1.0")
                .isMajorVersion(true).clientRequestToken("t2"));
        assertThat(version.lensVersion()).isEqualTo("1.0");

        CreateLensShareResponse share = owner.createLensShare(r -> r.lensAlias(imported.lensArn())
                .sharedWith(Accounts.RECIPIENT).clientRequestToken("t3"));
        assertThat(share.shareId()).matches("[0-9a-f]{32}");

        List<LensShareSummary> shares = owner.listLensShares(r -> r.lensAlias(imported.lensArn())).lensShareSummaries();
        assertThat(shares).singleElement().satisfies(s -> {
            assertThat(s.shareId()).isEqualTo(share.shareId());
            assertThat(s.sharedWith()).isEqualTo(Accounts.RECIPIENT);
            assertThat(s.status()).isEqualTo(ShareStatus.PENDING);
        });

        List<ShareInvitationSummary> invitations = recipient.listShareInvitations(r -> { }).shareInvitationSummaries();
        assertThat(invitations).singleElement().satisfies(i -> {
            assertThat(i.lensArn()).isEqualTo(imported.lensArn());
            assertThat(i.sharedBy()).isEqualTo(Accounts.OWNER);
            assertThat(i.lensName()).isEqualTo("Security lens");
        });

        var accepted = recipient.updateShareInvitation(r -> r.shareInvitationId(invitations.get(0).shareInvitationId())
                .shareInvitationAction(ShareInvitationAction.ACCEPT));
        assertThat(accepted.shareInvitation().lensArn()).isEqualTo(imported.lensArn());
        assertThat(owner.listLensShares(r -> r.lensAlias(imported.lensArn())).lensShareSummaries())
                .extracting(LensShareSummary::status).containsExactly(ShareStatus.ACCEPTED);

        owner.deleteLensShare(r -> r.lensAlias(imported.lensArn()).shareId(share.shareId()).clientRequestToken("t4"));
        assertThat(owner.listLensShares(r -> r.lensAlias(imported.lensArn())).lensShareSummaries()).isEmpty();
    }
}
