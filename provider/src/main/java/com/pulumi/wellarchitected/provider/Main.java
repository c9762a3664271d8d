package com.pulumi.wellarchitected.provider;

import com.pulumi.wellarchitected.provider.aws.ProfileRegion;
import com.pulumi.wellarchitected.provider.catalog.WellArchitectedApis;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader;
import com.pulumi.wellarchitected.provider.grpc.EngineLog;
import com.pulumi.wellarchitected.provider.grpc.ProviderServer;
import com.pulumi.wellarchitected.provider.grpc.WellArchitectedProvider;
import sun.misc.Signal;

/**
 * The plugin process: prints the provider's loopback port as the first and only line on standard output, serves
 * the provider on it, and exits cleanly on SIGINT or SIGTERM.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        LaunchArguments launch = LaunchArguments.parse(args);
        if (launch.verbosity() > 0 && !launch.ignored().isEmpty()) {
            System.err.println("wellarchitected provider: ignoring arguments " + launch.ignored());
        }
        ProviderServer server = ProviderServer.bind();
        EngineLog engineLog = new EngineLog(launch.engineAddress(), System.err);
        // The handlers are in place before the port is printed: the engine may signal as soon as it has read it.
        Runnable stop = () -> {
            server.close();
            engineLog.close();
            System.exit(0);
        };
        Signal.handle(new Signal("INT"), signal -> stop.run());
        Signal.handle(new Signal("TERM"), signal -> stop.run());
        System.out.println(server.port());
        System.out.flush();
        server.serve(newProvider(engineLog));
        server.awaitTermination();
    }

    static WellArchitectedProvider newProvider(EngineLog engineLog) {
        return new WellArchitectedProvider(
                new ProviderConfigReader(System.getenv(), ProfileRegion::of),
                WellArchitectedApis::aws,
                engineLog,
                System.err);
    }
}
