package com.pulumi.wellarchitected.emulator;

import com.pulumi.wellarchitected.emulator.auth.Credential;
import com.pulumi.wellarchitected.emulator.auth.CredentialsFile;
import com.pulumi.wellarchitected.emulator.auth.SigV4Authenticator;
import com.pulumi.wellarchitected.emulator.control.ControlApi;
import com.pulumi.wellarchitected.emulator.control.ControlToken;
import com.pulumi.wellarchitected.emulator.control.RequestMetrics;
import com.pulumi.wellarchitected.emulator.faults.FaultInjector;
import com.pulumi.wellarchitected.emulator.http.HttpListener;
import com.pulumi.wellarchitected.emulator.model.BackendSnapshot;
import com.pulumi.wellarchitected.emulator.model.EmulatorClock;
import com.pulumi.wellarchitected.emulator.model.WellArchitectedBackend;
import com.pulumi.wellarchitected.emulator.persistence.StateFile;
import com.pulumi.wellarchitected.emulator.wire.OperationHandlers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** A running Well-Architected API emulator: the API at its endpoint, the control API under {@code /_emulator/}. */
public final class EmulatorServer implements AutoCloseable {
    private final HttpListener listener;
    private final URI endpoint;

    private EmulatorServer(HttpListener listener, URI endpoint) {
        this.listener = listener;
        this.endpoint = endpoint;
    }

    /** Starts an emulator; a state or credentials file that cannot be used stops the start with a clear message. */
    public static EmulatorServer start(EmulatorOptions options) throws IOException {
        ControlToken controlToken = controlToken(options);
        EmulatorClock clock = new EmulatorClock(Clock.systemUTC());
        FaultInjector faults = new FaultInjector();
        WellArchitectedBackend backend =
                new WellArchitectedBackend(clock, () -> faults.current().listingDelays());
        if (options.stateFile() != null) {
            persistTo(new StateFile(options.stateFile()), backend);
        }
        Map<String, Credential> credentials =
                options.credentialsFile() == null ? null : CredentialsFile.load(options.credentialsFile());
        SigV4Authenticator authenticator = new SigV4Authenticator(credentials, Clock.systemUTC());
        RequestMetrics metrics = new RequestMetrics();

        EmulatorService service = new EmulatorService(
                new ApiHandler(OperationHandlers.over(backend), authenticator, faults, metrics),
                new ControlApi(backend, clock, faults, metrics, controlToken));
        HttpListener listener = HttpListener.start(new InetSocketAddress(options.host(), options.port()), service);
        return new EmulatorServer(listener, endpointOf(options.host(), listener.port()));
    }

    private static void persistTo(StateFile stateFile, WellArchitectedBackend backend) throws IOException {
        Optional<BackendSnapshot> saved = stateFile.load();
        if (saved.isPresent()) {
            try {
                backend.restore(saved.get());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw stateFile.corrupt("its content is inconsistent (" + e.getMessage() + ")", e);
            }
        }
        try {
            // The first write happens at once, which proves the file is writable now rather than at the first change.
            backend.persistWith(stateFile::save);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The control API can wipe and rewrite all state, so it is left open only to this machine: beyond loopback the
     * emulator does not start without a token.
     */
    private static ControlToken controlToken(EmulatorOptions options) throws IOException {
        if (options.controlToken() != null) {
            return new ControlToken(options.controlToken());
        }
        for (InetAddress address : InetAddress.getAllByName(options.host())) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("host " + options.host()
                        + " is reachable beyond this machine, and the control API there needs a token: set "
                        + EmulatorMain.CONTROL_TOKEN_ENV + " (or pass --control-token)");
            }
        }
        return null;
    }

    private static URI endpointOf(String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        String shown = address.isAnyLocalAddress() ? "127.0.0.1" : host;
        if (shown.contains(":") && !shown.startsWith("[")) {
            shown = "[" + shown + "]";
        }
        return URI.create("http://" + shown + ":" + port);
    }

    /** The base URL of the API, e.g. {@code http://127.0.0.1:4599}. */
    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return endpoint.getPort();
    }

    /** Stops serving at once and releases the port. */
    @Override
    public void close() {
        listener.close();
    }
}
