package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.terraform.tls.SelfSignedCertificate;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * go-plugin's automatic mutual TLS: a fresh self-signed server certificate for the name {@code localhost}, and only
 * the one client certificate the CLI passed in {@code PLUGIN_CLIENT_CERT} accepted.
 */
final class AutoMtls {

    /** The in-memory key store's password: the store never leaves the process, so it protects nothing. */
    private static final char[] IN_MEMORY = new char[0];

    /** As long as one CLI command may run; the CLI makes a new client certificate for every plugin start anyway. */
    private static final Duration VALIDITY = Duration.ofDays(1);

    private final KeyPair keys;
    private final X509Certificate certificate;
    private final X509Certificate client;

    private AutoMtls(KeyPair keys, X509Certificate certificate, X509Certificate client) {
        this.keys = keys;
        this.certificate = certificate;
        this.client = client;
    }

    /** A server identity trusting exactly the client certificate in {@code clientPem}. */
    static AutoMtls forClient(String clientPem) throws GeneralSecurityException {
        X509Certificate client = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(clientPem.getBytes(StandardCharsets.US_ASCII)));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        return new AutoMtls(keys, SelfSignedCertificate.forLocalhost(keys, ZonedDateTime.now(), VALIDITY), client);
    }

    /** The certificate as the handshake line carries it: DER, base64 without padding, as go-plugin decodes it. */
    String handshakeCertificate() throws GeneralSecurityException {
        return Base64.getEncoder().withoutPadding().encodeToString(certificate.getEncoded());
    }

    /**
     * The server's TLS: this certificate, the client's certificate required and trusted as its own root. The JDK's
     * TLS, which accepts the CLI's certificate on P-521.
     */
    ServerCredentials serverCredentials() throws GeneralSecurityException {
        KeyStore identity = emptyStore();
        identity.setKeyEntry("plugin", keys.getPrivate(), IN_MEMORY, new Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(identity, IN_MEMORY);
        KeyStore trusted = emptyStore();
        trusted.setCertificateEntry("cli", client);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        return TlsServerCredentials.newBuilder()
                .keyManager(keyManagers.getKeyManagers())
                .trustManager(trustManagers.getTrustManagers())
                .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
                .build();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, IN_MEMORY);
        } catch (IOException e) {
            throw new GeneralSecurityException("could not make an in-memory key store: " + e.getMessage(), e);
        }
        return store;
    }
}
