package com.pulumi.wellarchitected.emulator.model;

import java.util.List;

/**
 * The emulator's whole state as plain data, for the state file; each model type defines its own saved form next to
 * its fields (Lens.Saved, LensShare.Saved, …), so this record only gathers them.
 */
public record BackendSnapshot(
        int formatVersion,
        long clockOffsetMillis,
        long nextSequence,
        List<Lens.Saved> lenses,
        List<GlobalSettings.Saved> globalSettings,
        List<ClientRequestTokens.Saved> clientRequestTokens) {
    public static final int FORMAT_VERSION = 1;
}
