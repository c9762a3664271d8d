package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Gathers the model types' saved forms into a snapshot and back, and their views into the control API's dump. */
final class StateSnapshots {
    private StateSnapshots() {}

    static BackendSnapshot take(ModelState state, EmulatorClock clock) {
        return new BackendSnapshot(
                BackendSnapshot.FORMAT_VERSION,
                clock.offsetMillis(),
                state.nextSequence,
                state.allLensesInOrder().stream().map(Lens::saved).toList(),
                state.settings.entrySet().stream()
                        .map(e -> e.getValue().saved(e.getKey()))
                        .toList(),
                state.tokens.snapshot());
    }

    /** Replaces the state with a snapshot; a snapshot that breaks the model's invariants is refused. */
    static void restore(ModelState state, EmulatorClock clock, BackendSnapshot snapshot) {
        if (snapshot.formatVersion() != BackendSnapshot.FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported formatVersion " + snapshot.formatVersion());
        }
        state.clear();
        clock.setOffsetMillis(snapshot.clockOffsetMillis());
        state.nextSequence = snapshot.nextSequence();
        List<LensShare> shares = new ArrayList<>();
        for (Lens.Saved saved : required(snapshot.lenses(), "lenses")) {
            Lens lens = Lens.restore(saved);
            state.ownedLenses(lens.owner).put(lens.id, lens);
            for (LensShare.Saved share : required(saved.shares(), "lens shares")) {
                shares.add(LensShare.restore(share, lens));
            }
        }
        // Shares are indexed in creation order, so lists and invitations keep their order across a restart.
        shares.sort(Comparator.comparingLong(share -> share.sequence));
        shares.forEach(state::addShare);
        for (GlobalSettings.Saved saved : required(snapshot.globalSettings(), "globalSettings")) {
            state.settings.put(GlobalSettings.accountOf(saved), GlobalSettings.restore(saved));
        }
        state.tokens.restore(required(snapshot.clientRequestTokens(), "clientRequestTokens"));
    }

    static StateView view(ModelState state, EmulatorClock clock) {
        Instant now = clock.now();
        List<Lens.View> lenses = new ArrayList<>();
        List<LensShare.View> shares = new ArrayList<>();
        for (Lens lens : state.allLensesInOrder()) {
            lenses.add(lens.view());
            lens.shares.values().forEach(share -> shares.add(share.view(now)));
        }
        List<GlobalSettings.View> settings = state.settings.entrySet().stream()
                .map(e -> e.getValue().view(e.getKey()))
                .toList();
        return new StateView(now, lenses, shares, settings);
    }

    /** A value a saved state must have; a hand-edited or truncated file may lack it. */
    static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + what);
        }
        return value;
    }
}
