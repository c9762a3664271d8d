package com.pulumi.wellarchitected.bench.harness;

import com.pulumi.wellarchitected.emulator.EmulatorOptions;
import com.pulumi.wellarchitected.emulator.EmulatorServer;
import java.io.IOException;
import java.net.URI;

/** An emulator in the benchmark's own JVM on a free loopback port, with its control API. */
public final class RunningEmulator implements AutoCloseable {

    private final EmulatorServer server;
    private final EmulatorControl control;

    private RunningEmulator(EmulatorServer server) {
        this.server = server;
        this.control = new EmulatorControl(server.endpoint());
    }

    public static RunningEmulator start() throws IOException {
        return new RunningEmulator(EmulatorServer.start(EmulatorOptions.ephemeral()));
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public EmulatorControl control() {
        return control;
    }

    @Override
    public void close() {
        server.close();
    }
}
