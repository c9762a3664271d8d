package com.pulumi.wellarchitected.emulator;

import java.nio.file.Path;

/**
 * How to start an emulator: the address to listen on (port 0 picks a free one), an optional state file to load and
 * keep up to date, an optional credentials file that turns on signature verification, and the token the control API
 * requires (optional on loopback, required on any other address).
 */
public record EmulatorOptions(String host, int port, Path stateFile, Path credentialsFile, String controlToken) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 4599;

    public EmulatorOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
    }

    /** Options without a control token, which is enough on loopback. */
    public EmulatorOptions(String host, int port, Path stateFile, Path credentialsFile) {
        this(host, port, stateFile, credentialsFile, null);
    }

    @Override
    public String toString() {
        return "EmulatorOptions[host=" + host + ", port=" + port + ", stateFile=" + stateFile + ", credentialsFile="
                + credentialsFile + ", controlToken=" + (controlToken == null ? "none" : "redacted") + "]";
    }

    /** Loopback, a free port, no state file, no credentials: what a test wants. */
    public static EmulatorOptions ephemeral() {
        return new EmulatorOptions(DEFAULT_HOST, 0, null, null);
    }
}
