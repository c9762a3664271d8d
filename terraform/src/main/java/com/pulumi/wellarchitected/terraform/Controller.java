package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.terraform.protocol.plugin.Empty;
import com.pulumi.wellarchitected.terraform.protocol.plugin.GRPCControllerGrpc;
import io.grpc.stub.StreamObserver;

/** go-plugin's controller: Shutdown is how the CLI ends the plugin, which exits once it has replied. */
final class Controller extends GRPCControllerGrpc.GRPCControllerImplBase {

    private final Runnable exit;

    /** @param exit stops the server and ends the process, on a thread of its own */
    Controller(Runnable exit) {
        this.exit = exit;
    }

    @Override
    public void shutdown(Empty request, StreamObserver<Empty> reply) {
        reply.onNext(Empty.getDefaultInstance());
        reply.onCompleted();
        exit.run();
    }
}
