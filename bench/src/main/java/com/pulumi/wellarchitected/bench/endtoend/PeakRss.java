package com.pulumi.wellarchitected.bench.endtoend;

import com.pulumi.wellarchitected.bench.harness.Plugin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak resident set of a plugin process the engine starts, read from {@code /proc/<pid>/status} (VmHWM, the
 * kernel's own high-water mark) every 20 ms while a command runs: the plugin exits with the command, so the figure
 * must be taken while it lives.
 */
final class PeakRss implements AutoCloseable {

    private final String marker;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private PeakRss(String marker) {
        this.marker = marker;
        this.sampler = new Thread(this::sample, "peak-rss");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Samples the process whose command line names the plugin: the Java provider's main class, or the Go binary. */
    static PeakRss of(Plugin plugin) {
        return new PeakRss(
                switch (plugin) {
                    case JAVA -> "com.pulumi.wellarchitected.provider.Main";
                    case GO -> plugin.executable().toString();
                });
    }

    /** The highest VmHWM seen so far, in MB; fails when no plugin process was seen at all. */
    double peakMb() {
        if (peakKb.get() == 0) {
            throw new IllegalStateException("no process running " + marker + " was seen");
        }
        return peakKb.get() / 1024.0;
    }

    private void sample() {
        while (running) {
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    observe(process);
                }
                Thread.sleep(20);
            } catch (IOException e) {
                // /proc is always there on Linux; a listing that fails is retried at the next sample.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void observe(Path process) {
        try {
            String commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            if (!commandLine.contains(marker)) {
                return;
            }
            for (String line : Files.readAllLines(process.resolve("status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakKb.accumulateAndGet(kb, Math::max);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the listing and the read: nothing to sample.
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
