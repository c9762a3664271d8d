package com.pulumi.wellarchitected.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * One plugin launched twice and configured for the emulator, as {@code pulumi up} and {@code pulumi destroy} each
 * launch it: a share's Check, Create and Read go to the first process, its Delete to the second.
 *
 * <p>The engine never creates and deletes one resource in one provider process, except when it replaces it; the Java
 * provider relies on that, and keeps a share whose Delete follows its own Create in the same process (the share a
 * forced replacement's create got back). A benchmark that deleted through the creating process would time a Delete
 * that calls no API, and leave every share behind.
 */
public final class UpAndDestroy implements AutoCloseable {

    private final LaunchedProvider upProcess;
    private final LaunchedProvider destroyProcess;

    private UpAndDestroy(LaunchedProvider upProcess, LaunchedProvider destroyProcess) {
        this.upProcess = upProcess;
        this.destroyProcess = destroyProcess;
    }

    /** Launches and configures both processes; each one's standard error goes to {@code <logName>-up|destroy.stderr}. */
    public static UpAndDestroy launch(Plugin plugin, EngineStandIn engine, URI emulator, String logName)
            throws IOException {
        return launch(plugin.executable(), engine, emulator, logName);
    }

    /** Launches the plugin executable at {@code executable} twice, e.g. another build's launcher. */
    public static UpAndDestroy launch(Path executable, EngineStandIn engine, URI emulator, String logName)
            throws IOException {
        LaunchedProvider up = LaunchedProvider.launch(
                        executable, engine, Repository.logs().resolve(logName + "-up.stderr"))
                .configure(emulator);
        try {
            return new UpAndDestroy(
                    up,
                    LaunchedProvider.launch(
                                    executable, engine, Repository.logs().resolve(logName + "-destroy.stderr"))
                            .configure(emulator));
        } catch (IOException | RuntimeException e) {
            try {
                up.close();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
    }

    /** The calls of {@code pulumi up} and {@code refresh}: Check, Create, Read. */
    public LensShareCalls up() {
        return new LensShareCalls(upProcess.blocking());
    }

    /** The calls of {@code pulumi destroy}: Delete (and a Read after it). */
    public LensShareCalls destroy() {
        return new LensShareCalls(destroyProcess.blocking());
    }

    /** The process that creates, for a profiler to attach to. */
    public long upPid() {
        return upProcess.pid();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            upProcess.close();
        } finally {
            destroyProcess.close();
        }
    }
}
