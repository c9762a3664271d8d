package com.pulumi.wellarchitected.emulator.auth;

import com.pulumi.wellarchitected.emulator.errors.IncompleteSignatureException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…} header. */
record AuthorizationHeader(
        String accessKeyId, String date, String region, String service, List<String> signedHeaders, String signature) {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    static AuthorizationHeader parse(String value) {
        String trimmed = value.strip();
        if (!trimmed.startsWith(ALGORITHM + " ")) {
            throw new IncompleteSignatureException("Authorization header must use the " + ALGORITHM + " algorithm");
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : trimmed.substring(ALGORITHM.length()).split(",", -1)) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(
                        part.substring(0, equals).strip(),
                        part.substring(equals + 1).strip());
            }
        }
        String credential = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (credential == null || signedHeaders == null || signature == null) {
            throw new IncompleteSignatureException(
                    "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters");
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 5 || scope[0].isEmpty() || !"aws4_request".equals(scope[4])) {
            throw new IncompleteSignatureException(
                    "Credential must have the form <access key ID>/<date>/<region>/<service>/aws4_request");
        }
        return new AuthorizationHeader(
                scope[0], scope[1], scope[2], scope[3], List.of(signedHeaders.split(";", -1)), signature);
    }
}
