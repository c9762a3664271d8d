package com.pulumi.wellarchitected.emulator.wire;

import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;
import com.pulumi.wellarchitected.emulator.routes.Operation;
import java.util.EnumMap;
import java.util.Map;

/** The handler of every operation the router knows, all over one backend. */
public final class OperationHandlers {
    private OperationHandlers() {}

    public static Map<Operation, OperationHandler> over(WellArchitectedBackend backend) {
        LensShareOperations shares = new LensShareOperations(backend);
        LensOperations lenses = new LensOperations(backend);
        ShareInvitationOperations invitations = new ShareInvitationOperations(backend);
        SettingsAndTagOperations settingsAndTags = new SettingsAndTagOperations(backend);
        Map<Operation, OperationHandler> handlers = new EnumMap<>(Operation.class);
        handlers.put(Operation.CREATE_LENS_SHARE, shares::createLensShare);
        handlers.put(Operation.DELETE_LENS_SHARE, shares::deleteLensShare);
        handlers.put(Operation.LIST_LENS_SHARES, shares::listLensShares);
        handlers.put(Operation.IMPORT_LENS, lenses::importLens);
        handlers.put(Operation.CREATE_LENS_VERSION, lenses::createLensVersion);
        handlers.put(Operation.GET_LENS, lenses::getLens);
        handlers.put(Operation.LIST_LENSES, lenses::listLenses);
        handlers.put(Operation.DELETE_LENS, lenses::deleteLens);
        handlers.put(Operation.LIST_SHARE_INVITATIONS, invitations::listShareInvitations);
        handlers.put(Operation.UPDATE_SHARE_INVITATION, invitations::updateShareInvitation);
        handlers.put(Operation.GET_GLOBAL_SETTINGS, settingsAndTags::getGlobalSettings);
        handlers.put(Operation.UPDATE_GLOBAL_SETTINGS, settingsAndTags::updateGlobalSettings);
        handlers.put(Operation.TAG_RESOURCE, settingsAndTags::tagResource);
        handlers.put(Operation.UNTAG_RESOURCE, settingsAndTags::untagResource);
        handlers.put(Operation.LIST_TAGS_FOR_RESOURCE, settingsAndTags::listTagsForResource);
        return handlers;
    }
}
