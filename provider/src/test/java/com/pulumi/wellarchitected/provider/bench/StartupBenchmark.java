package com.pulumi.wellarchitected.provider.bench;

import com.google.protobuf.ByteString;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.ResourceProviderGrpc;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/**
 * Measures the provider's start-up as the engine sees it, side by side with a JVM hello-world and a bare
 * grpc-netty server in the same run: exec to port line, exec to first Check answered (after GetPluginInfo,
 * CheckConfig and Configure, as the engine calls them), idle and peak RSS, and the CPU time used up to the answer.
 * The provider is measured through its launcher in each start-up configuration (JDK, start-up cache, JVM flags)
 * so that what each lever buys shows. Runs are interleaved across configurations, so that load from elsewhere on
 * the machine spreads over all of them alike.
 *
 * <p>Usage: {@code StartupBenchmark <output.json> [runs]}, with the provider module's test class path; see
 * provider/README.md.
 */
public final class StartupBenchmark {

    private static final Path PROVIDER =
            Path.of(System.getProperty("provider.dir", ".")).toAbsolutePath().normalize();
    private static final Path LAUNCHER = PROVIDER.resolve("bin/pulumi-resource-wellarchitected");
    private static final String BARE_SERVER_JARS = "(grpc-(api|core|context|netty-shaded|stub|protobuf|protobuf-lite)"
            + "|guava|failureaccess|perfmark-api|pulumi|protobuf-java|proto-google-common-protos)-[0-9].*\\.jar";
    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String URN = "urn:pulumi:bench::bench::wellarchitected:index:LensShare::share";
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: StartupBenchmark <output.json> [runs]");
            System.exit(2);
        }
        Path output = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;

        // -Dsubjects=<regex> measures only the subjects whose name matches, when looking at one lever.
        Pattern only = Pattern.compile(System.getProperty("subjects", ".*"));
        List<Subject> subjects = subjects().stream()
                .filter(s -> only.matcher(s.name()).matches())
                .toList();
        prepareStartupCaches(subjects);
        double loadBefore = loadAverage();
        Map<Subject, List<Sample>> samples = new LinkedHashMap<>();
        subjects.forEach(subject -> samples.put(subject, new ArrayList<>()));
        for (Subject subject : subjects) {
            subject.measure();
        }
        for (int run = 1; run <= runs; run++) {
            for (Subject subject : subjects) {
                samples.get(subject).add(subject.measure());
            }
            System.err.printf(Locale.ROOT, "run %d/%d done%n", run, runs);
        }
        double loadAfter = loadAverage();

        String json = report(samples, runs, loadBefore, loadAfter);
        Files.createDirectories(output.getParent());
        Files.writeString(output, json);
        System.out.println(table(samples));
        System.out.println("written to " + output);
    }

    /** The launcher in each start-up configuration this machine allows, then the two baselines. */
    private static List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(
                "provider",
                "launcher as shipped: newest JDK, start-up cache, tuned flags",
                launcher(),
                Map.of(),
                true));
        // The plugin as a user installs it from its archive (make dist), when bench/run.sh installed one.
        String installed = System.getenv("WELLARCHITECTED_INSTALLED_PROVIDER");
        if (installed != null && !installed.isBlank()) {
            subjects.add(new Subject(
                    "provider installed from its archive",
                    "pulumi plugin install of the archive: its own jlink runtime, its start-up cache, tuned flags",
                    List.of(installed, "127.0.0.1:1"),
                    Map.of(),
                    true));
        }
        TreeMap<Integer, Path> jdks = jdks();
        for (Map.Entry<Integer, Path> jdk : jdks.descendingMap().entrySet()) {
            String name = "JDK " + jdk.getKey();
            Map<String, String> env =
                    Map.of("WELLARCHITECTED_PROVIDER_JAVA_HOME", jdk.getValue().toString());
            String cache = jdk.getKey() >= 25 ? "AOT cache" : "CDS archive";
            subjects.add(new Subject(
                    "provider " + name + " + " + cache, name + ", " + cache + ", tuned flags", launcher(), env, true));
            subjects.add(new Subject(
                    "provider " + name,
                    name + ", no start-up cache, tuned flags",
                    launcher(),
                    with(env, "WELLARCHITECTED_PROVIDER_CACHE", "off"),
                    true));
            subjects.add(new Subject(
                    "provider " + name + " untuned",
                    name + ", no start-up cache, default JVM flags",
                    launcher(),
                    with(with(env, "WELLARCHITECTED_PROVIDER_CACHE", "off"), "WELLARCHITECTED_PROVIDER_TUNING", "off"),
                    true));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String testClasses = PROVIDER.resolve("target/test-classes").toString();
        String bareClassPath = testClasses
                + File.pathSeparator
                + Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(entry -> Path.of(entry).getFileName().toString().matches(BARE_SERVER_JARS))
                        .collect(Collectors.joining(File.pathSeparator));
        String javaName = "JDK " + Runtime.version().feature();
        subjects.add(new Subject(
                "bare grpc-netty server",
                "a JVM (" + javaName + ", default flags) that only starts " + "a grpc-netty server and prints its port",
                List.of(java, "-cp", bareClassPath, BareGrpcServer.class.getName()),
                Map.of(),
                true));
        subjects.add(new Subject(
                "JVM hello world",
                "a JVM (" + javaName + ", default flags) that prints one line",
                List.of(java, "-cp", testClasses, HelloWorld.class.getName()),
                Map.of(),
                false));
        return subjects;
    }

    private static List<String> launcher() {
        return List.of(LAUNCHER.toString(), "127.0.0.1:1");
    }

    /** The newest JDK of each feature version 17 and later in /usr/lib/jvm. */
    private static TreeMap<Integer, Path> jdks() {
        TreeMap<Integer, Path> jdks = new TreeMap<>();
        File[] homes = new File("/usr/lib/jvm").listFiles();
        for (File home : homes == null ? new File[0] : homes) {
            Optional<String> version = release(home.toPath());
            if (version.isPresent()
                    && Files.isExecutable(home.toPath().resolve("bin/java"))
                    && !Files.isSymbolicLink(home.toPath())) {
                int feature = Integer.parseInt(version.get().split("[.+-]")[0]);
                if (feature >= 17) {
                    jdks.merge(feature, home.toPath(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        return jdks;
    }

    private static Optional<String> release(Path home) {
        try {
            Matcher version =
                    Pattern.compile("JAVA_VERSION=\"([^\"]+)\"").matcher(Files.readString(home.resolve("release")));
            return version.find() ? Optional.of(version.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The build makes the cache of the launcher's JDK; the others are made here, once, by the same training run. */
    private static void prepareStartupCaches(List<Subject> subjects) throws IOException, InterruptedException {
        for (Map.Entry<Integer, Path> jdk : jdks().entrySet()) {
            String version = release(jdk.getValue()).orElseThrow();
            Path cache = PROVIDER.resolve("target/startup/jdk-" + version + (jdk.getKey() >= 25 ? ".aot" : ".jsa"));
            if (!Files.exists(cache)) {
                System.err.println("making the start-up cache of JDK " + version);
                ProcessBuilder training = new ProcessBuilder(LAUNCHER.toString()).inheritIO();
                training.environment().put("WELLARCHITECTED_PROVIDER_TRAIN", "1");
                training.environment()
                        .put(
                                "WELLARCHITECTED_PROVIDER_JAVA_HOME",
                                jdk.getValue().toString());
                if (training.start().waitFor() != 0) {
                    throw new IllegalStateException("the training run of JDK " + version + " failed");
                }
            }
        }
    }

    /** One program started the same way every run. */
    private record Subject(
            String name, String description, List<String> command, Map<String, String> env, boolean servesGrpc) {

        Sample measure() throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                BufferedReader stdout =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                String line = stdout.readLine();
                double firstLine = millisSince(start);
                if (line == null) {
                    throw new IllegalStateException(name + " printed nothing");
                }
                if (!servesGrpc) {
                    process.waitFor(10, TimeUnit.SECONDS);
                    return new Sample(firstLine, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                }
                double answered = firstAnswer(Integer.parseInt(line.trim()), name.startsWith("provider"));
                double answeredMillis = millisSince(start);
                double cpu = cpuMillis(process.pid());
                Thread.sleep(300);
                Map<String, Long> memory = memory(process.pid());
                return new Sample(
                        firstLine, answeredMillis, cpu, memory.get("VmRSS:") / 1024.0, memory.get("VmHWM:") / 1024.0);
            } finally {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                        .start()
                        .waitFor();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    /**
     * The engine's first calls: GetPluginInfo, CheckConfig, Configure, Check. The bare server answers the Check
     * with UNIMPLEMENTED, which still is an answer.
     */
    private static double firstAnswer(int port, boolean provider) {
        ManagedChannel channel =
                NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        try {
            ResourceProviderBlockingStub stub = ResourceProviderGrpc.newBlockingStub(channel)
                    .withWaitForReady()
                    .withDeadlineAfter(30, TimeUnit.SECONDS);
            CheckRequest check = CheckRequest.newBuilder()
                    .setUrn(URN)
                    .setRandomSeed(ByteString.copyFromUtf8("seed"))
                    .setNews(Struct.newBuilder()
                            .putFields("lensAlias", text(LENS))
                            .putFields("sharedWith", text("444455556666")))
                    .build();
            if (!provider) {
                try {
                    stub.check(check);
                } catch (StatusRuntimeException e) {
                    if (e.getStatus().getCode() != Status.Code.UNIMPLEMENTED) {
                        throw e;
                    }
                }
                return 0;
            }
            stub.getPluginInfo(Empty.getDefaultInstance());
            Struct config = Struct.newBuilder()
                    .putFields("region", text("us-east-1"))
                    .putFields("endpoint", text("http://127.0.0.1:1"))
                    .build();
            Struct checkedConfig = stub.checkConfig(
                            CheckRequest.newBuilder().setNews(config).build())
                    .getInputs();
            stub.configure(ConfigureRequest.newBuilder()
                    .setArgs(checkedConfig)
                    .setAcceptSecrets(true)
                    .build());
            if (stub.check(check).getFailuresCount() > 0) {
                throw new IllegalStateException("the benchmark's Check was refused");
            }
            return 0;
        } finally {
            channel.shutdownNow();
        }
    }

    private static Value text(String value) {
        return Value.newBuilder().setStringValue(value).build();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
    }

    private static Map<String, Long> memory(long pid) throws IOException {
        Map<String, Long> memory = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] fields = line.split("\\s+");
            if (fields[0].equals("VmRSS:") || fields[0].equals("VmHWM:")) {
                memory.put(fields[0], Long.parseLong(fields[1]));
            }
        }
        return memory;
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** One start: milliseconds to the first line and to the first answer, CPU milliseconds, MB of memory. */
    private record Sample(double firstLine, double firstAnswer, double cpu, double idleRss, double peakRss) {}

    /** The metrics reported for every subject, with the baseline each provider figure is set against. */
    private enum Metric {
        FIRST_LINE("exec to port line", "ms", "bare grpc-netty server"),
        FIRST_ANSWER("exec to first Check answered", "ms", "bare grpc-netty server"),
        CPU("CPU time to first Check answered", "ms", "bare grpc-netty server"),
        IDLE_RSS("idle RSS after the first Check", "MB", "bare grpc-netty server"),
        PEAK_RSS("peak RSS", "MB", "bare grpc-netty server");

        final String label;
        final String unit;
        final String baseline;

        Metric(String label, String unit, String baseline) {
            this.label = label;
            this.unit = unit;
            this.baseline = baseline;
        }

        double of(Sample sample) {
            return switch (this) {
                case FIRST_LINE -> sample.firstLine();
                case FIRST_ANSWER -> sample.firstAnswer();
                case CPU -> sample.cpu();
                case IDLE_RSS -> sample.idleRss();
                case PEAK_RSS -> sample.peakRss();
            };
        }
    }

    private static List<Double> values(List<Sample> samples, Metric metric) {
        return samples.stream().map(metric::of).filter(v -> !v.isNaN()).sorted().toList();
    }

    private static double quantile(List<Double> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }

    private static Optional<Subject> named(Map<Subject, List<Sample>> samples, String name) {
        return samples.keySet().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static String report(Map<Subject, List<Sample>> samples, int runs, double loadBefore, double loadAfter) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"benchmark\": \"provider start-up\",\n");
        json.append("  \"date\": \"").append(Instant.now()).append("\",\n");
        json.append("  \"machine\": {\"cores\": ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(", \"loadAverageBefore\": ")
                .append(loadBefore)
                .append(", \"loadAverageAfter\": ")
                .append(loadAfter)
                .append("},\n");
        json.append("  \"runs\": ").append(runs).append(",\n  \"results\": [");
        String separator = "\n";
        for (Map.Entry<Subject, List<Sample>> entry : samples.entrySet()) {
            Subject subject = entry.getKey();
            for (Metric metric : Metric.values()) {
                List<Double> values = values(entry.getValue(), metric);
                if (values.isEmpty()) {
                    continue;
                }
                double median = quantile(values, 0.5);
                json.append(separator)
                        .append("    {\"name\": \"")
                        .append(subject.name())
                        .append(": ")
                        .append(metric.label)
                        .append("\", \"subject\": \"")
                        .append(subject.name())
                        .append("\", \"description\": \"")
                        .append(subject.description())
                        .append("\", \"metric\": \"")
                        .append(metric.label)
                        .append("\", \"value\": ")
                        .append(round(median))
                        .append(", \"unit\": \"")
                        .append(metric.unit)
                        .append('"');
                Optional<Subject> baseline = named(samples, metric.baseline).filter(b -> !b.equals(subject));
                if (baseline.isPresent()
                        && !values(samples.get(baseline.get()), metric).isEmpty()) {
                    double baselineMedian = quantile(values(samples.get(baseline.get()), metric), 0.5);
                    json.append(", \"baseline\": \"")
                            .append(metric.baseline)
                            .append(": ")
                            .append(metric.label)
                            .append("\", \"baselineValue\": ")
                            .append(round(baselineMedian))
                            .append(", \"ratio\": ")
                            .append(round(median / baselineMedian));
                } else {
                    json.append(", \"baseline\": null, \"baselineValue\": null, \"ratio\": null");
                }
                json.append(", \"n\": ")
                        .append(values.size())
                        .append(", \"median\": ")
                        .append(round(median))
                        .append(", \"min\": ")
                        .append(round(values.get(0)))
                        .append(", \"p25\": ")
                        .append(round(quantile(values, 0.25)))
                        .append(", \"p75\": ")
                        .append(round(quantile(values, 0.75)))
                        .append(", \"max\": ")
                        .append(round(values.get(values.size() - 1)))
                        .append(", \"runs\": [")
                        .append(entry.getValue().stream()
                                .map(metric::of)
                                .map(v -> Double.toString(round(v)))
                                .collect(Collectors.joining(", ")))
                        .append("]}");
                separator = ",\n";
            }
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static String table(Map<Subject, List<Sample>> samples) {
        StringBuilder table = new StringBuilder("| subject | port line ms | first answer ms | CPU ms | idle RSS MB |"
                + " peak RSS MB |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<Subject, List<Sample>> entry : samples.entrySet()) {
            table.append("| ").append(entry.getKey().description());
            for (Metric metric : Metric.values()) {
                List<Double> values = values(entry.getValue(), metric);
                table.append(" | ")
                        .append(
                                values.isEmpty()
                                        ? "–"
                                        : String.format(
                                                Locale.ROOT,
                                                "%.0f (%.0f–%.0f)",
                                                quantile(values, 0.5),
                                                values.get(0),
                                                values.get(values.size() - 1)));
            }
            table.append(" |\n");
        }
        return table.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(env);
        copy.put(key, value);
        return copy;
    }
}
