package com.pulumi.wellarchitected.terraform.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * A self-signed X.509 v3 certificate for the server name {@code localhost}, encoded with the JDK alone: the JDK has
 * no public certificate builder, and a library that has one costs the plugin most of its start-up.
 *
 * <p>It carries what go-plugin's own AutoMTLS certificate carries and what Go's TLS client checks when it trusts
 * exactly this certificate for {@code localhost}: a CA's basic constraints and key usage (it is its own root), server
 * and client authentication, and the name in the subject alternative names (Go ignores the common name).
 */
public final class SelfSignedCertificate {

    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String SUBJECT_ALTERNATIVE_NAME = "2.5.29.17";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    /** keyUsage bits 0 (digitalSignature), 2 (keyEncipherment) and 5 (keyCertSign); bits 6 and 7 unused. */
    private static final byte[] KEY_USAGE_BITS = {(byte) 0xa4};

    private static final int KEY_USAGE_UNUSED_BITS = 2;
    private static final byte[] LOOPBACK_ADDRESS = {127, 0, 0, 1};
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private SelfSignedCertificate() {}

    /**
     * The certificate of {@code keys}' public key, signed with its private key (an EC key: SHA256withECDSA), valid
     * from a minute before {@code now} for {@code validity}.
     */
    public static X509Certificate forLocalhost(KeyPair keys, ZonedDateTime now, Duration validity)
            throws GeneralSecurityException {
        byte[] algorithm = Der.sequence(Der.objectIdentifier(ECDSA_WITH_SHA256));
        byte[] name =
                Der.sequence(Der.set(Der.sequence(Der.objectIdentifier(COMMON_NAME), Der.utf8String("localhost"))));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(serialNumber()),
                algorithm,
                name,
                Der.sequence(Der.time(now.minus(CLOCK_SKEW)), Der.time(now.plus(validity))),
                name,
                keys.getPublic().getEncoded(),
                Der.explicit(3, Der.sequence(extensions())));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] certificate = Der.sequence(tbs, algorithm, Der.bitString(0, signer.sign()));
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
    }

    private static byte[][] extensions() {
        return new byte[][] {
            extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.TRUE)),
            extension(KEY_USAGE, true, Der.bitString(KEY_USAGE_UNUSED_BITS, KEY_USAGE_BITS)),
            extension(
                    EXTENDED_KEY_USAGE,
                    false,
                    Der.sequence(Der.objectIdentifier(SERVER_AUTH), Der.objectIdentifier(CLIENT_AUTH))),
            extension(
                    SUBJECT_ALTERNATIVE_NAME,
                    false,
                    Der.sequence(
                            Der.implicitPrimitive(2, "localhost".getBytes(StandardCharsets.US_ASCII)),
                            Der.implicitPrimitive(7, LOOPBACK_ADDRESS)))
        };
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.objectIdentifier(oid), Der.TRUE, Der.octetString(value))
                : Der.sequence(Der.objectIdentifier(oid), Der.octetString(value));
    }

    /** A positive serial of at most 64 bits: Go refuses negative serials, and RFC 5280 allows 20 octets. */
    private static BigInteger serialNumber() {
        return new BigInteger(63, new SecureRandom()).add(BigInteger.ONE);
    }
}
