package com.pulumi.wellarchitected.emulator.auth;

import com.pulumi.wellarchitected.emulator.errors.IncompleteSignatureException;
import com.pulumi.wellarchitected.emulator.errors.InvalidSignatureException;
import com.pulumi.wellarchitected.emulator.errors.MissingAuthenticationTokenException;
import com.pulumi.wellarchitected.emulator.errors.UnrecognizedClientException;
import com.pulumi.wellarchitected.emulator.model.AccountRegion;
import com.pulumi.wellarchitected.emulator.model.Identifiers;
import com.pulumi.wellarchitected.emulator.model.UndocumentedBehaviour;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Authenticates API requests by their SigV4 Authorization header: the caller's account comes from the access key and
 * the Region from the credential scope. With known credentials it also recomputes the signature, so a client that
 * signs differently from AWS fails here as it would against AWS.
 */
public final class SigV4Authenticator {
    public static final String SERVICE = "wellarchitected";
    private static final Pattern REGION = Identifiers.REGION;
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Map<String, Credential> credentials;
    private final Clock realTime;

    /** Without credentials (null) any signature is accepted; with them, signatures are verified. */
    public SigV4Authenticator(Map<String, Credential> credentials, Clock realTime) {
        this.credentials = credentials;
        this.realTime = realTime;
    }

    public AccountRegion authenticate(SignedRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw new MissingAuthenticationTokenException("Missing Authentication Token");
        }
        AuthorizationHeader header = AuthorizationHeader.parse(authorization);
        if (!SERVICE.equals(header.service())) {
            throw new InvalidSignatureException("Credential should be scoped to correct service: '" + SERVICE + "'.");
        }
        if (!REGION.matcher(header.region()).matches()) {
            throw new InvalidSignatureException("Credential should be scoped to a valid region.");
        }
        if (credentials == null) {
            return new AccountRegion(AccessKeys.accountOf(header.accessKeyId()), header.region());
        }
        Credential credential = credentials.get(header.accessKeyId());
        if (credential == null) {
            throw new UnrecognizedClientException("The security token included in the request is invalid.");
        }
        verify(request, header, credential);
        return new AccountRegion(credential.accountId(), header.region());
    }

    private void verify(SignedRequest request, AuthorizationHeader header, Credential credential) {
        String amzDate = request.header("X-Amz-Date");
        if (amzDate == null) {
            throw new IncompleteSignatureException("Authorization header requires existence of an X-Amz-Date header");
        }
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IncompleteSignatureException("X-Amz-Date must have the form yyyyMMdd'T'HHmmss'Z'");
        }
        if (!amzDate.startsWith(header.date())) {
            throw new InvalidSignatureException("Credential date does not match X-Amz-Date.");
        }
        if (Duration.between(signedAt, realTime.instant()).abs().compareTo(UndocumentedBehaviour.MAX_CLOCK_SKEW) > 0) {
            throw new InvalidSignatureException("Signature expired: " + amzDate + " is more than "
                    + UndocumentedBehaviour.MAX_CLOCK_SKEW.toMinutes() + " minutes from the server's time.");
        }
        String expected = expectedSignature(request, header, credential, amzDate);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), header.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidSignatureException("The request signature we calculated does not match the signature"
                    + " you provided. Check your AWS Secret Access Key and signing method.");
        }
    }

    private static String expectedSignature(
            SignedRequest request, AuthorizationHeader header, Credential credential, String amzDate) {
        if (request.header("Host") == null || !header.signedHeaders().contains("host")) {
            throw new IncompleteSignatureException("The Host header must be present and signed");
        }
        for (String name : header.signedHeaders()) {
            if (request.headerValues(name).isEmpty()) {
                throw new IncompleteSignatureException("Signed header " + name + " is missing from the request");
            }
        }
        try {
            return SigV4Signature.compute(request, header, amzDate, credential.secretAccessKey());
        } catch (RuntimeException e) {
            // Only a query string that cannot be decoded gets here; it cannot have been signed as sent.
            throw new InvalidSignatureException("The query string cannot be read to verify the signature.");
        }
    }
}
