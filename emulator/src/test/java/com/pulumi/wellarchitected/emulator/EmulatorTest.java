package com.pulumi.wellarchitected.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.ShareInvitationAction;

/** Starts a fresh emulator on a free port for each test, with SDK clients for an owner and a recipient account. */
abstract class EmulatorTest {
    protected EmulatorServer server;
    protected ControlClient control;
    protected WellArchitectedClient owner;
    protected WellArchitectedClient recipient;
    private final List<WellArchitectedClient> clients = new ArrayList<>();

    @BeforeEach
    void startEmulator() throws Exception {
        server = EmulatorServer.start(EmulatorOptions.ephemeral());
        control = new ControlClient(server);
        owner = client(Accounts.OWNER);
        recipient = client(Accounts.RECIPIENT);
    }

    @AfterEach
    void stopEmulator() {
        clients.forEach(WellArchitectedClient::close);
        server.close();
    }

    protected WellArchitectedClient client(String accessKey) {
        WellArchitectedClient client = Accounts.client(server, accessKey);
        clients.add(client);
        return client;
    }

    /** A published custom lens of the owner account, made through the control API. */
    protected String publishedLens() {
        return control.seedLens(Accounts.OWNER, "Security lens", true);
    }

    protected String share(String lensArn, String sharedWith) {
        return owner.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith(sharedWith).clientRequestToken(token()))
                .shareId();
    }

    /** The ID of the first share invitation the client's account sees. */
    protected static String firstInvitationId(WellArchitectedClient client) {
        return client.listShareInvitations(r -> {})
                .shareInvitationSummaries()
                .get(0)
                .shareInvitationId();
    }

    /** Answers the first share invitation the client's account sees, and returns its ID. */
    protected static String answerFirstInvitation(WellArchitectedClient client, ShareInvitationAction action) {
        String invitationId = firstInvitationId(client);
        client.updateShareInvitation(r -> r.shareInvitationId(invitationId).shareInvitationAction(action));
        return invitationId;
    }

    protected static String token() {
        return UUID.randomUUID().toString();
    }
}
