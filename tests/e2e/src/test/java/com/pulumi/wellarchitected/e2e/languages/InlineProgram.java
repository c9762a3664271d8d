package com.pulumi.wellarchitected.e2e.languages;

import java.nio.file.Path;
import java.util.List;

/**
 * A language's example in {@code examples/<language>/}, built and ready to run: a driver that runs the example as a
 * Pulumi Automation API inline program, taking {@code <preview|up|refresh|destroy> [KEY=VALUE ...]} and printing
 * {@code {"changes": {...}, "outputs": {...}}} as the last line on stdout.
 *
 * @param command the command line that starts the driver, to which the arguments are appended
 * @param path directories the driver needs on {@code PATH} besides {@code pulumi} and the plugin
 */
record InlineProgram(List<String> command, List<Path> path) {}
