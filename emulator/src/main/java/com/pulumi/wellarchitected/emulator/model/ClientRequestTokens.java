package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Remembers each ClientRequestToken an account used per operation, so a retry returns the original result, for
 * {@link UndocumentedBehaviour#TOKEN_LIFETIME} of emulator time; expired tokens are forgotten, so memory stays bounded.
 */
final class ClientRequestTokens {
    private record Key(AccountRegion caller, String operation, String token) {}

    private record Use(String fingerprint, String resultId, Instant usedAt) {}

    /** A remembered token as the state file holds it: who used it for what, with which parameters, what it made, when. */
    record Saved(
            String accountId,
            String region,
            String operation,
            String token,
            String fingerprint,
            String resultId,
            long usedAt) {}

    private final EmulatorClock clock;
    /** In order of use, which is order of expiry, so expired tokens are always at the head. */
    private final Map<Key, Use> uses = new LinkedHashMap<>();

    ClientRequestTokens(EmulatorClock clock) {
        this.clock = clock;
    }

    /**
     * The earlier result for this token when the parameters match and that result still exists; a conflict when
     * they differ; nothing when the token is new, expired or its result is gone, so it counts as fresh.
     */
    Optional<String> replay(
            AccountRegion caller, String operation, String token, String fingerprint, Predicate<String> resultExists) {
        forgetExpired();
        Use use = uses.get(new Key(caller, operation, token));
        if (use == null || !resultExists.test(use.resultId)) {
            return Optional.empty();
        }
        if (!use.fingerprint.equals(fingerprint)) {
            throw UndocumentedBehaviour.tokenReusedWithOtherParameters(token);
        }
        return Optional.of(use.resultId);
    }

    void remember(AccountRegion caller, String operation, String token, String fingerprint, String resultId) {
        Key key = new Key(caller, operation, token);
        // Removed first so that a token used again moves to the tail, keeping the map in order of use.
        uses.remove(key);
        uses.put(key, new Use(fingerprint, resultId, clock.now()));
    }

    private void forgetExpired() {
        Instant oldestKept = clock.now().minus(UndocumentedBehaviour.TOKEN_LIFETIME);
        for (Iterator<Use> it = uses.values().iterator(); it.hasNext(); ) {
            if (!it.next().usedAt.isBefore(oldestKept)) {
                return;
            }
            it.remove();
        }
    }

    void clear() {
        uses.clear();
    }

    List<Saved> snapshot() {
        forgetExpired();
        return uses.entrySet().stream()
                .map(e -> new Saved(
                        e.getKey().caller.accountId(),
                        e.getKey().caller.region(),
                        e.getKey().operation,
                        e.getKey().token,
                        e.getValue().fingerprint,
                        e.getValue().resultId,
                        e.getValue().usedAt.toEpochMilli()))
                .toList();
    }

    void restore(List<Saved> records) {
        Instant now = clock.now();
        List<Saved> inOrderOfUse =
                records.stream().sorted(Comparator.comparingLong(Saved::usedAt)).toList();
        for (Saved r : inOrderOfUse) {
            // A file written before tokens expired has no usedAt: its tokens count as used when it is loaded.
            Instant usedAt = r.usedAt() == 0 ? now : Instant.ofEpochMilli(r.usedAt());
            uses.put(
                    new Key(new AccountRegion(r.accountId(), r.region()), r.operation(), r.token()),
                    new Use(r.fingerprint(), r.resultId(), usedAt));
        }
    }
}
