package com.pulumi.wellarchitected.provider.accepter;

import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import java.util.List;
import java.util.Optional;

/** The Well-Architected operations of a share's recipient; each fails with an {@code ApiCallException}. */
public interface InvitationApi {

    /** One page of ListShareInvitations for lenses: the pending invitations addressed to the caller. */
    InvitationPage listLensInvitations(Optional<String> nextToken, Deadline deadline);

    /** UpdateShareInvitation ACCEPT. */
    void acceptShareInvitation(String shareInvitationId, Deadline deadline);

    /** One pending invitation. */
    record Invitation(String shareInvitationId, String sharedBy, String sharedWith, String lensName, String lensArn) {}

    /** A page of invitations and the token of the next page, if there is one. */
    record InvitationPage(List<Invitation> invitations, Optional<String> nextToken) {}
}
