package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.provider.aws.ProfileRegion;
import com.pulumi.wellarchitected.provider.catalog.WellArchitectedApis;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.okhttp.OkHttpServerBuilder;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plugin process {@code terraform-provider-wellarchitected}: checks that a Terraform CLI started it, serves
 * tfplugin6 on loopback and prints the go-plugin handshake line as the first line on standard output.
 */
public final class Main {

    static final String MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
    static final String MAGIC_COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
    static final String PROTOCOL_VERSION = "6";

    /**
     * gRPC's OkHttp TLS looks for Android's Conscrypt first and warns on stderr that it is missing before it takes the
     * JDK's own TLS, which serves ALPN here: only its errors are worth a line. Held in a field, as the log manager
     * keeps loggers only weakly and the level would go with a collected one.
     */
    private static final Logger OKHTTP_PLATFORM = Logger.getLogger("io.grpc.okhttp.internal.Platform");

    private Main() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        PrintStream err = System.err;
        if (!MAGIC_COOKIE.equals(env.get(MAGIC_COOKIE_KEY))) {
            err.println("This binary is a plugin: OpenTofu or Terraform runs it, it is not meant to be run directly."
                    + " Use it through a provider_installation block of the CLI configuration.");
            System.exit(1);
        }
        String versions = env.getOrDefault("PLUGIN_PROTOCOL_VERSIONS", "");
        if (Arrays.stream(versions.split(",", -1)).map(String::trim).noneMatch(PROTOCOL_VERSION::equals)) {
            err.println("terraform-provider-wellarchitected: the CLI offers plugin protocol versions '" + versions
                    + "' but this provider serves version " + PROTOCOL_VERSION
                    + " only: use OpenTofu or Terraform 1.0+");
            System.exit(1);
        }
        // Plaintext when the CLI gives no client certificate (TF_DISABLE_PLUGIN_TLS, or a debugger's reattach).
        ServerCredentials credentials = InsecureServerCredentials.create();
        String certificate = "";
        String clientPem = env.getOrDefault("PLUGIN_CLIENT_CERT", "");
        if (!clientPem.isBlank()) {
            OKHTTP_PLATFORM.setLevel(Level.SEVERE);
            AutoMtls tls = AutoMtls.forClient(clientPem);
            credentials = tls.serverCredentials();
            certificate = tls.handshakeCertificate();
        }
        // gRPC's OkHttp server, as the Pulumi plugin's: it starts in about half the time of the Netty one.
        OkHttpServerBuilder builder =
                OkHttpServerBuilder.forPort(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), credentials);
        Server[] server = new Server[1];
        Runnable exit = () -> new Thread(() -> {
                    server[0].shutdown();
                    try {
                        server[0].awaitTermination(2, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.exit(0);
                })
                .start();
        server[0] = builder.addService(new TerraformProvider(
                        new ProviderConfigReader(env, ProfileRegion::of),
                        WellArchitectedApis::aws,
                        (resource, message) -> err.println(StandInUrn.display(resource) + ": " + message)))
                .addService(new Controller(exit))
                .addService(new Health())
                .build()
                .start();
        int port = ((InetSocketAddress) server[0].getListenSockets().get(0)).getPort();
        System.out.println("1|" + PROTOCOL_VERSION + "|tcp|127.0.0.1:" + port + "|grpc|" + certificate);
        System.out.flush();
        server[0].awaitTermination();
    }
}
