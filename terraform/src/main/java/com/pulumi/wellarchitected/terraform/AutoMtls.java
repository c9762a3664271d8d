package com.pulumi.wellarchitected.terraform;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.SSLException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * go-plugin's automatic mutual TLS: a fresh self-signed server certificate for the name {@code localhost}, and only
 * the one client certificate the CLI passed in {@code PLUGIN_CLIENT_CERT} accepted.
 */
final class AutoMtls {

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
        return new AutoMtls(keys, selfSigned(keys), client);
    }

    /** The certificate as the handshake line carries it: DER, base64 without padding, as go-plugin decodes it. */
    String handshakeCertificate() throws GeneralSecurityException {
        return Base64.getEncoder().withoutPadding().encodeToString(certificate.getEncoded());
    }

    /**
     * The server's TLS context. The JDK's TLS rather than the bundled BoringSSL: the CLI's certificate is on P-521,
     * which BoringSSL refuses.
     */
    SslContext sslContext() throws SSLException {
        return GrpcSslContexts.configure(SslContextBuilder.forServer(keys.getPrivate(), certificate), SslProvider.JDK)
                .trustManager(client)
                .clientAuth(ClientAuth.REQUIRE)
                .build();
    }

    private static X509Certificate selfSigned(KeyPair keys) throws GeneralSecurityException {
        X500Name name = new X500Name("CN=localhost,O=wellarchitected");
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            name,
                            new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(Duration.ofMinutes(1))),
                            Date.from(now.plus(Duration.ofDays(1))),
                            name,
                            keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.keyCertSign))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                        KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                    }))
                    .addExtension(
                            Extension.subjectAlternativeName,
                            false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("could not make the plugin's certificate: " + e.getMessage(), e);
        }
    }
}
