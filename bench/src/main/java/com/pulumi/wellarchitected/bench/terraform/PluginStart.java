package com.pulumi.wellarchitected.bench.terraform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One plugin started as its CLI starts it, timed from exec to its first line on stdout: the go-plugin handshake line
 * of a Terraform provider, the port line of a Pulumi plugin. The process is stopped once the line is read.
 *
 * @param expected what the first line must look like, so that an error message is never timed as a start
 */
record PluginStart(String name, List<String> command, Map<String, String> environment, Pattern expected) {

    /** Milliseconds from exec to the first line. */
    double measure() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            double millis = (System.nanoTime() - start) / 1e6;
            if (line == null || !expected.matcher(line).matches()) {
                throw new IllegalStateException(
                        name + " printed '" + line + "' first, not a line matching " + expected);
            }
            return millis;
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
