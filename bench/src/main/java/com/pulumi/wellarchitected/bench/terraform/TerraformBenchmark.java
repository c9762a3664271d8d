package com.pulumi.wellarchitected.bench.terraform;

import com.pulumi.wellarchitected.bench.harness.EmulatorControl;
import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.Repository;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Benchmark 7, the same provider through OpenTofu: exec to handshake line of {@code terraform-provider-wellarchitected}
 * as {@code tofu init} installs it from the filesystem mirror, beside the Pulumi plugin's exec to port line (installed
 * from its archive) and the Go anchor's, runs interleaved; then wall time of {@code tofu apply}, {@code plan} and
 * {@code destroy} of N lens shares ({@code count = N}) with the real CLI, each compared with the {@code pulumi up},
 * {@code refresh} and {@code destroy} of N shares that benchmark 5 measured in the same run. Usage:
 * {@code TerraformBenchmark <part.json> <tofu> <mirror dir> <work dir> <N> <start-up runs> <runs>
 * <installed Pulumi plugin> [<benchmark 5 part.json>]}.
 */
public final class TerraformBenchmark {

    private static final String VERSION = "0.1.0";
    private static final String MAGIC_COOKIE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
    private static final Pattern HANDSHAKE = Pattern.compile("1\\|6\\|tcp\\|127\\.0\\.0\\.1:\\d+\\|grpc\\|\\S+");
    private static final Pattern PORT = Pattern.compile("\\d+");
    /** Each tofu command timed, and the pulumi command of benchmark 5 that does the same work. */
    private static final List<Command> COMMANDS =
            List.of(new Command("apply", "up"), new Command("plan", "refresh"), new Command("destroy", "destroy"));

    private record Command(String tofu, String pulumi) {}

    private TerraformBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path tofu = Path.of(args[1]);
        Path mirror = Path.of(args[2]);
        Path workDir = Files.createDirectories(Path.of(args[3]));
        int count = Integer.parseInt(args[4]);
        int startupRuns = Integer.parseInt(args[5]);
        int runs = Integer.parseInt(args[6]);
        Path pulumiPlugin = Path.of(args[7]);
        Optional<Path> pulumiPart = args.length > 8 ? Optional.of(Path.of(args[8])) : Optional.empty();
        List<Figure> figures = new ArrayList<>();
        try (RunningEmulator emulator = RunningEmulator.start()) {
            TofuWorkspace workspace = TofuWorkspace.init(
                    tofu, mirror, workDir, Repository.logs().resolve("terraform"), emulator.endpoint(), count);
            figures.addAll(startup(workspace.installedProvider(VERSION), pulumiPlugin, startupRuns));
            figures.addAll(endToEnd(workspace, emulator.control(), count, runs, pulumiPart));
        }
        new ResultsPart(
                        "7. Terraform and OpenTofu: the same provider through the real `tofu` CLI, beside Pulumi",
                        figures)
                .write(Path.of(args[0]));
    }

    private static List<Figure> startup(Path terraformProvider, Path pulumiPlugin, int runs)
            throws IOException, InterruptedException {
        Map<String, String> cli = Map.of(
                "TF_PLUGIN_MAGIC_COOKIE", MAGIC_COOKIE,
                "PLUGIN_PROTOCOL_VERSIONS", "5,6",
                "PLUGIN_MIN_PORT", "10000",
                "PLUGIN_MAX_PORT", "25000",
                "PLUGIN_CLIENT_CERT", clientCertificate());
        Map<String, String> withoutCache = new LinkedHashMap<>(cli);
        withoutCache.put("WELLARCHITECTED_PROVIDER_CACHE", "off");
        List<PluginStart> subjects = List.of(
                new PluginStart(
                        "Terraform provider installed from the mirror, exec → handshake line",
                        List.of(terraformProvider.toString()),
                        cli,
                        HANDSHAKE),
                new PluginStart(
                        "Terraform provider installed from the mirror without its start-up cache, exec → handshake line",
                        List.of(terraformProvider.toString()),
                        withoutCache,
                        HANDSHAKE),
                new PluginStart(
                        "Pulumi plugin installed from its archive, exec → port line",
                        List.of(pulumiPlugin.toString(), "127.0.0.1:1"),
                        Map.of(),
                        PORT),
                new PluginStart(
                        "Go anchor, exec → port line",
                        List.of(Plugin.GO.executable().toString(), "127.0.0.1:1"),
                        Map.of(),
                        PORT));
        Map<PluginStart, List<Double>> samples = new LinkedHashMap<>();
        for (PluginStart subject : subjects) {
            subject.measure();
            samples.put(subject, new ArrayList<>());
        }
        // Interleaved, so that load from elsewhere on the machine spreads over every subject alike.
        for (int run = 1; run <= runs; run++) {
            for (PluginStart subject : subjects) {
                samples.get(subject).add(subject.measure());
            }
            System.err.printf(Locale.ROOT, "start-up run %d/%d done%n", run, runs);
        }
        Figure terraform = Figure.of(subjects.get(0).name(), "ms", samples.get(subjects.get(0)));
        Figure pulumi = Figure.of(subjects.get(2).name(), "ms", samples.get(subjects.get(2)));
        String note = "The Terraform provider starts as `tofu` starts it: the go-plugin cookie, protocol versions "
                + "5,6 and a P-521 client certificate (AutoMTLS), so it makes its own key and certificate before the "
                + "handshake line; a tofu command starts it 2 to 4 times. The Pulumi plugin and the Go anchor print "
                + "their port with no TLS.";
        return List.of(
                terraform.against(pulumi).withNote(note),
                Figure.of(subjects.get(1).name(), "ms", samples.get(subjects.get(1)))
                        .against(terraform)
                        .withNote(note),
                pulumi.withNote(note),
                Figure.of(subjects.get(3).name(), "ms", samples.get(subjects.get(3)))
                        .withNote(note));
    }

    private static List<Figure> endToEnd(
            TofuWorkspace workspace, EmulatorControl emulator, int count, int runs, Optional<Path> pulumiPart)
            throws IOException, InterruptedException {
        Map<String, List<Double>> timings = new LinkedHashMap<>();
        COMMANDS.forEach(command -> timings.put(command.tofu(), new ArrayList<>()));
        for (int run = 1; run <= runs; run++) {
            emulator.reset();
            String lens = "-var=lens_arn=" + emulator.seedLens("End-to-end lens");
            timings.get("apply").add(workspace.timed(0, "apply", "-auto-approve", lens));
            expectShares(emulator, count, "apply");
            // A plan refreshes every share, then finds nothing to change: exit code 0 of -detailed-exitcode.
            timings.get("plan").add(workspace.timed(0, "plan", "-detailed-exitcode", lens));
            expectShares(emulator, count, "plan");
            timings.get("destroy").add(workspace.timed(0, "destroy", "-auto-approve", lens));
            expectShares(emulator, 0, "destroy");
            System.err.printf(Locale.ROOT, "tofu run %d/%d done%n", run, runs);
        }
        Map<String, Figure> pulumi = pulumiFigures(pulumiPart);
        List<Figure> figures = new ArrayList<>();
        for (Command command : COMMANDS) {
            Figure figure = Figure.of(
                            "tofu " + command.tofu() + ", " + count + " lens shares", "s", timings.get(command.tofu()))
                    .withN(count)
                    .withNote("tofu runs 10 operations at once (its default -parallelism); `plan` refreshes every "
                            + "share and finds no change, the work of `pulumi refresh`; the Pulumi figures are "
                            + "benchmark 5's, with the Java provider, in the same run.");
            Figure baseline = pulumi.get("pulumi " + command.pulumi() + ", " + count + " lens shares, Java provider");
            figures.add(baseline == null ? figure : figure.against(baseline));
        }
        return figures;
    }

    /** Benchmark 5's figures by name, when its step wrote them. */
    private static Map<String, Figure> pulumiFigures(Optional<Path> part) throws IOException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (part.isPresent() && Files.isRegularFile(part.get())) {
            ResultsPart.read(part.get()).figures().forEach(figure -> figures.put(figure.name(), figure));
        }
        return figures;
    }

    private static void expectShares(EmulatorControl emulator, int expected, String command) {
        int live = emulator.state().getAsJsonArray("shares").size();
        if (live != expected) {
            throw new IllegalStateException(
                    "after tofu " + command + " the emulator holds " + live + " shares, expected " + expected);
        }
    }

    /** A fixed P-521 certificate as the CLI passes its own: the provider only pins it, no TLS handshake happens. */
    private static String clientCertificate() throws IOException {
        try (InputStream pem = TerraformBenchmark.class.getResourceAsStream("client-certificate.pem")) {
            if (pem == null) {
                throw new IllegalStateException("client-certificate.pem is missing from the bench jar");
            }
            return new String(pem.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
