package com.pulumi.wellarchitected.emulator.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Remembers each ClientRequestToken an account used per operation, so a retry returns the original result. */
final class ClientRequestTokens {
    private record Key(AccountRegion caller, String operation, String token) {}

    private record Use(String fingerprint, String resultId) {}

    private final Map<Key, Use> uses = new HashMap<>();

    /**
     * The earlier result for this token when the parameters match and that result still exists; a conflict when
     * they differ; nothing when the token is new or its result is gone, so it counts as fresh.
     */
    Optional<String> replay(
            AccountRegion caller, String operation, String token, String fingerprint, Predicate<String> resultExists) {
        Key key = new Key(caller, operation, token);
        Use use = uses.get(key);
        if (use == null || !resultExists.test(use.resultId)) {
            return Optional.empty();
        }
        if (!use.fingerprint.equals(fingerprint)) {
            throw UndocumentedBehaviour.tokenReusedWithOtherParameters(token);
        }
        return Optional.of(use.resultId);
    }

    void remember(AccountRegion caller, String operation, String token, String fingerprint, String resultId) {
        uses.put(new Key(caller, operation, token), new Use(fingerprint, resultId));
    }

    void clear() {
        uses.clear();
    }

    List<BackendSnapshot.TokenRecord> snapshot() {
        return uses.entrySet().stream()
                .map(e -> new BackendSnapshot.TokenRecord(
                        e.getKey().caller.accountId(),
                        e.getKey().caller.region(),
                        e.getKey().operation,
                        e.getKey().token,
                        e.getValue().fingerprint,
                        e.getValue().resultId))
                .toList();
    }

    void restore(List<BackendSnapshot.TokenRecord> records) {
        for (BackendSnapshot.TokenRecord r : records) {
            remember(
                    new AccountRegion(r.accountId(), r.region()),
                    r.operation(),
                    r.token(),
                    r.fingerprint(),
                    r.resultId());
        }
    }
}
