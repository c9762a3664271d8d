package com.pulumi.wellarchitected.provider.accepter;

import com.pulumi.wellarchitected.provider.accepter.InvitationApi.Invitation;
import com.pulumi.wellarchitected.provider.accepter.InvitationApi.InvitationPage;
import com.pulumi.wellarchitected.provider.lens.LensApi;
import com.pulumi.wellarchitected.provider.lens.LensApi.LensDetail;
import com.pulumi.wellarchitected.provider.lens.LensApi.LensPage;
import com.pulumi.wellarchitected.provider.lens.LensApi.LensSummary;
import com.pulumi.wellarchitected.provider.lensshare.ApiCallException;
import com.pulumi.wellarchitected.provider.lensshare.CreateResult;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.ReadResult;
import com.pulumi.wellarchitected.provider.lensshare.UserLog;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.CheckRule;
import com.pulumi.wellarchitected.provider.resource.Documentation;
import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.Field.Kind;
import com.pulumi.wellarchitected.provider.resource.ManagedResource;
import com.pulumi.wellarchitected.provider.resource.ResourceDefinition;
import com.pulumi.wellarchitected.provider.resource.Waiter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The recipient's acceptance of a lens shared with it. Found by the lens's ARN among the pending invitations, or
 * answered by the invitation's ID; identified by the invitation's ID.
 */
public final class LensShareAccepterResource implements ManagedResource {

    public static final String TYPE = "wellarchitected:index:LensShareAccepter";
    static final String LENS_ARN = "lensArn";
    static final String SHARE_INVITATION_ID = "shareInvitationId";
    static final String LENS_NAME = "lensName";
    static final String STATUS = "status";
    static final String ACCEPTED = "ACCEPTED";

    private static final Pattern INVITATION_ID = Pattern.compile("[0-9a-f]{32}");

    private static final ResourceDefinition DEFINITION = new ResourceDefinition(
            TYPE,
            Documentation.of("LensShareAccepter"),
            List.of(
                    Field.input(
                                    LENS_ARN,
                                    Kind.STRING,
                                    "The ARN of the shared lens whose invitation to accept, `" + LensArn.FORM
                                            + "`, in the provider's Region, as the owner's `LensShare` outputs it as"
                                            + " `lensArn`. Give this or `shareInvitationId`. Changing it replaces"
                                            + " the resource.")
                            .replaceOnChange()
                            .normalisedBy(
                                    text -> LensArn.parse(text).toString(),
                                    "give the ARN of the custom lens shared with this account, " + LensArn.FORM + ".")
                            .describedAsOutput("The ARN of the accepted lens."),
                    Field.input(
                                    SHARE_INVITATION_ID,
                                    Kind.STRING,
                                    "The ID of the share invitation to accept, 32 hex characters, as the"
                                            + " recipient's ListShareInvitations shows it (the owner's share ID is not"
                                            + " visible to the recipient). Give this or `lensArn`. Changing it"
                                            + " replaces the resource.")
                            .replaceOnChange()
                            .normalisedBy(
                                    LensShareAccepterResource::invitationId,
                                    "give the share invitation ID, 32 hex characters.")
                            .describedAsOutput("The ID of the accepted share invitation, 32 hex characters."),
                    Field.output(LENS_NAME, Kind.STRING, "The name of the accepted lens."),
                    Field.output(STATUS, Kind.STRING, "`ACCEPTED` once the invitation is accepted.")),
            List.of(CheckRule.exactlyOneOf(
                    List.of(LENS_ARN, SHARE_INVITATION_ID),
                    "give lensArn, the ARN of the lens shared with this account, or shareInvitationId.")),
            true);

    private final InvitationApi invitations;
    private final LensApi lenses;
    private final UserLog log;

    public LensShareAccepterResource(InvitationApi invitations, LensApi lenses, UserLog log) {
        this.invitations = invitations;
        this.lenses = lenses;
        this.log = log;
    }

    @Override
    public ResourceDefinition definition() {
        return DEFINITION;
    }

    /**
     * Waits for the invitation, which AWS lists only after a delay, and accepts it; adopts a lens already shared
     * with the recipient.
     */
    @Override
    public CreateResult create(String urn, PropertyMap inputs, Deadline deadline, boolean preview) {
        Optional<String> lensArn = inputs.text(LENS_ARN);
        Optional<String> invitationId = inputs.text(SHARE_INVITATION_ID);
        if (preview) {
            return new CreateResult(
                    "",
                    PropertyMap.builder()
                            .put(LENS_ARN, inputs.get(LENS_ARN).orElse(PropertyValue.UNKNOWN))
                            .put(
                                    SHARE_INVITATION_ID,
                                    inputs.get(SHARE_INVITATION_ID).orElse(PropertyValue.UNKNOWN))
                            .put(LENS_NAME, PropertyValue.UNKNOWN)
                            .put(STATUS, PropertyValue.UNKNOWN)
                            .build());
        }
        LensDetail lens = lensArn.isPresent()
                ? Waiter.until(
                        () -> acceptByLens(urn, lensArn.get(), deadline),
                        deadline,
                        "ListShareInvitations",
                        "no invitation to lens " + lensArn.get() + " appeared in ListShareInvitations, and the lens"
                                + " is not shared with this account: the share may not exist, be for another"
                                + " account or Region, or have expired or been rejected,")
                : Waiter.until(
                        () -> acceptById(urn, invitationId.orElseThrow(), deadline),
                        deadline,
                        "UpdateShareInvitation",
                        "share invitation " + invitationId.orElseThrow() + " was not found");
        String id = lens.shareInvitationId().orElseGet(() -> invitationId.orElse(""));
        return new CreateResult(id, outputs(lens, id));
    }

    /**
     * Reads whether the recipient still has the lens: GetLens answers a recipient only while its accepted share
     * lasts. An import has only the invitation ID and looks among the lenses shared with the recipient.
     */
    @Override
    public ReadResult read(String urn, String id, PropertyMap oldOutputs, PropertyMap oldInputs, Deadline deadline) {
        Optional<String> lensArn = oldOutputs.text(LENS_ARN).or(() -> oldInputs.text(LENS_ARN));
        Optional<LensDetail> lens = lensArn.isPresent()
                ? sharedLens(lensArn.get(), deadline)
                        .filter(l -> l.shareInvitationId().map(id::equals).orElse(true))
                : sharedLensByInvitation(id, deadline);
        if (lens.isEmpty()) {
            return ReadResult.gone();
        }
        PropertyMap inputs = oldInputs.isEmpty()
                ? PropertyMap.builder().put(SHARE_INVITATION_ID, id).build()
                : oldInputs;
        return new ReadResult(Optional.of(id), outputs(lens.get(), id), inputs);
    }

    @Override
    public PropertyMap update(
            String urn, String id, PropertyMap oldOutputs, PropertyMap news, Deadline deadline, boolean preview) {
        throw new IllegalStateException("every input of " + TYPE + " replaces it");
    }

    /** There is no API to give back an accepted lens: the resource leaves the stack and the lens stays shared. */
    @Override
    public void delete(String urn, String id, PropertyMap outputs, Deadline deadline) {
        log.info(
                urn,
                "share invitation " + id + " stays accepted: AWS has no API to give back a shared lens, so the lens"
                        + " stays shared with this account until its owner deletes the share");
    }

    private Optional<LensDetail> acceptByLens(String urn, String lensArn, Deadline deadline) {
        Optional<Invitation> pending = pendingInvitation(lensArn, deadline);
        if (pending.isPresent()) {
            invitations.acceptShareInvitation(pending.get().shareInvitationId(), deadline);
            log.info(urn, "accepted share invitation " + pending.get().shareInvitationId() + " to lens " + lensArn);
            return sharedLens(lensArn, deadline).map(lens -> withInvitation(lens, pending.get()));
        }
        Optional<LensDetail> adopted = sharedLens(lensArn, deadline);
        adopted.ifPresent(lens -> log.info(urn, "lens " + lensArn + " is already shared with this account: adopted"));
        return adopted;
    }

    private Optional<LensDetail> acceptById(String urn, String invitationId, Deadline deadline) {
        try {
            invitations.acceptShareInvitation(invitationId, deadline);
            log.info(urn, "accepted share invitation " + invitationId);
        } catch (ApiCallException e) {
            if (e.isNotFound()) {
                // Not known yet, or never: the wait decides.
                return Optional.empty();
            }
            if (!e.isConflict() || !e.getMessage().contains(ACCEPTED)) {
                throw e;
            }
            log.info(urn, "share invitation " + invitationId + " is already accepted: adopted");
        }
        return sharedLensByInvitation(invitationId, deadline);
    }

    private Optional<Invitation> pendingInvitation(String lensArn, Deadline deadline) {
        Optional<String> next = Optional.empty();
        do {
            InvitationPage page = invitations.listLensInvitations(next, deadline);
            for (Invitation invitation : page.invitations()) {
                if (lensArn.equals(invitation.lensArn())) {
                    return Optional.of(invitation);
                }
            }
            next = page.nextToken();
        } while (next.isPresent());
        return Optional.empty();
    }

    /** The lens as its recipient sees it, or nothing when it is not (or no longer) shared with the recipient. */
    private Optional<LensDetail> sharedLens(String lensArn, Deadline deadline) {
        try {
            return Optional.of(lenses.getLens(lensArn, deadline));
        } catch (ApiCallException e) {
            if (e.isNotFound()
                    || e.errorCode().filter("AccessDeniedException"::equals).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<LensDetail> sharedLensByInvitation(String invitationId, Deadline deadline) {
        Optional<String> next = Optional.empty();
        do {
            LensPage page = lenses.listLenses(next, deadline);
            for (LensSummary summary : page.lenses()) {
                if (summary.lensArn().contains("::lens/")) {
                    continue; // An AWS official lens is shared with no one.
                }
                Optional<LensDetail> lens = sharedLens(summary.lensArn(), deadline);
                if (lens.flatMap(LensDetail::shareInvitationId)
                        .filter(invitationId::equals)
                        .isPresent()) {
                    return lens;
                }
            }
            next = page.nextToken();
        } while (next.isPresent());
        return Optional.empty();
    }

    private static LensDetail withInvitation(LensDetail lens, Invitation invitation) {
        return new LensDetail(
                lens.lensArn(),
                lens.version(),
                lens.name(),
                lens.description(),
                lens.owner(),
                Optional.of(lens.shareInvitationId().orElse(invitation.shareInvitationId())));
    }

    private static PropertyMap outputs(LensDetail lens, String invitationId) {
        return PropertyMap.builder()
                .put(LENS_ARN, lens.lensArn())
                .put(SHARE_INVITATION_ID, invitationId)
                .put(LENS_NAME, lens.name())
                .put(STATUS, ACCEPTED)
                .build();
    }

    static String invitationId(String text) {
        String id = text.trim().toLowerCase(Locale.ROOT);
        if (!INVITATION_ID.matcher(id).matches()) {
            throw new InvalidValueException("a share invitation ID is 32 hex characters: give the ID the recipient's"
                    + " ListShareInvitations shows.");
        }
        return id;
    }
}
