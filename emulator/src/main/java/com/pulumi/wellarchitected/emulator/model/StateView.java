package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything the emulator holds, flattened for the control API's state dump; each model type defines its own view
 * (Lens.View, LensShare.View, GlobalSettings.View) next to its fields.
 */
public record StateView(
        Instant now, List<Lens.View> lenses, List<LensShare.View> shares, List<GlobalSettings.View> globalSettings) {}
