package com.pulumi.wellarchitected.terraform.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SelfSignedCertificateTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 30, 9, 45, 30, 0, ZoneOffset.UTC);

    private static KeyPair keys;
    private static X509Certificate certificate;

    @BeforeAll
    static void makeCertificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
        certificate = SelfSignedCertificate.forLocalhost(keys, NOW, Duration.ofDays(1));
    }

    @Test
    void isAVersion3CertificateOfItsOwnKeySignedByThatKey() throws Exception {
        assertThat(certificate.getVersion()).isEqualTo(3);
        assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
        certificate.verify(keys.getPublic());
        assertThat(certificate.getSerialNumber()).isPositive();
    }

    @Test
    void namesLocalhostAsSubjectIssuerAndAlternativeNames() throws Exception {
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        assertThat(certificate.getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
    }

    @Test
    void isValidFromAMinuteBeforeNowForTheValidity() {
        assertThat(certificate.getNotBefore().toInstant())
                .isEqualTo(NOW.minusMinutes(1).toInstant());
        assertThat(certificate.getNotAfter().toInstant())
                .isEqualTo(NOW.plusDays(1).toInstant());
    }

    @Test
    void isACaForSigningServerAndClientAuthentication() throws Exception {
        assertThat(certificate.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        // digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, ...
        assertThat(certificate.getKeyUsage()).startsWith(true, false, true, false, false, true, false, false);
        assertThat(certificate.getExtendedKeyUsage())
                .containsExactlyInAnyOrder("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(certificate.getCriticalExtensionOIDs()).isEqualTo(Set.of("2.5.29.19", "2.5.29.15"));
        assertThat(certificate.getNonCriticalExtensionOIDs()).isEqualTo(Set.of("2.5.29.37", "2.5.29.17"));
    }

    @Test
    void writesYearsFrom2050AsGeneralizedTime() throws Exception {
        ZonedDateTime later = ZonedDateTime.of(2049, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC);
        X509Certificate spanning = SelfSignedCertificate.forLocalhost(keys, later, Duration.ofDays(2));
        assertThat(spanning.getNotAfter().toInstant())
                .isEqualTo(later.plusDays(2).toInstant());
    }
}
