package com.pulumi.wellarchitected.bench.startup;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import pulumirpc.ResourceProviderGrpc;

/**
 * The naive floor of a Java provider: a JVM that starts a grpc-netty server, prints its port and answers every
 * provider RPC with UNIMPLEMENTED. A baseline of the start-up benchmark.
 */
public final class BareGrpcServer {

    private BareGrpcServer() {}

    public static void main(String[] args) throws Exception {
        Server server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(new ResourceProviderGrpc.ResourceProviderImplBase() {})
                .build()
                .start();
        System.out.println(server.getPort());
        System.out.flush();
        server.awaitTermination();
    }
}
