package com.pulumi.wellarchitected.emulator.auth;

/** One access key the emulator accepts when it verifies signatures: its secret and the account it belongs to. */
public record Credential(String accessKeyId, String secretAccessKey, String accountId) {
    @Override
    public String toString() {
        // Never print the secret, whoever logs this record.
        return "Credential[accessKeyId=" + accessKeyId + ", accountId=" + accountId + "]";
    }
}
