package com.pulumi.wellarchitected.bench.emulator;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.emulator.EmulatorOptions;
import com.pulumi.wellarchitected.emulator.EmulatorServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * Measures the emulator's CreateLensShare + ListLensShares throughput and latency at 1 and 16 concurrent clients, each
 * a real SDK client with its own account, and writes the results as JSON.
 *
 * <p>Arguments: {@code RESULT_FILE [--endpoint URL] [--seconds N] [--warmup-seconds N] [--clients 1,16]}. Without
 * {@code --endpoint} it starts an emulator in this JVM.
 */
public final class ThroughputBenchmark {
    private static final double TARGET_THROUGHPUT_AT_16 = 2000;
    private static final double TARGET_P99_MS = 20;
    /** Each lens takes this many shares before a worker moves to a fresh one, below the 300 quota. */
    private static final int SHARES_PER_LENS = 290;

    private static final int LENSES_PER_ACCOUNT = 15;

    private final URI endpoint;
    private final HttpClient control = HttpClient.newHttpClient();
    private final AtomicLong accountCounter = new AtomicLong();

    private ThroughputBenchmark(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ThroughputBenchmark RESULT_FILE [--endpoint URL] [--seconds N]"
                    + " [--warmup-seconds N] [--clients 1,16]");
            System.exit(2);
        }
        Path resultFile = Path.of(args[0]);
        URI endpoint = null;
        int seconds = 10;
        int warmupSeconds = 5;
        int[] clientCounts = {1, 16};
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--endpoint" -> endpoint = URI.create(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[i + 1]);
                case "--clients" ->
                    clientCounts = Arrays.stream(args[i + 1].split(","))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        EmulatorServer inProcess = endpoint == null ? EmulatorServer.start(EmulatorOptions.ephemeral()) : null;
        try {
            ThroughputBenchmark benchmark = new ThroughputBenchmark(endpoint == null ? inProcess.endpoint() : endpoint);
            JsonArray results = new JsonArray();
            boolean meetsTarget = true;
            for (int clients : clientCounts) {
                benchmark.reset();
                benchmark.run(clients, Duration.ofSeconds(warmupSeconds));
                benchmark.reset();
                Result result = benchmark.run(clients, Duration.ofSeconds(seconds));
                results.add(result.toJson());
                System.out.println(result.summaryLine());
                if (clients == 16) {
                    meetsTarget = result.throughput() >= TARGET_THROUGHPUT_AT_16
                            && result.overall.percentileMs(99) < TARGET_P99_MS
                            && result.errors == 0;
                }
            }
            JsonObject report = new JsonObject();
            report.addProperty("benchmark", "emulator CreateLensShare + ListLensShares");
            report.addProperty("timestamp", Instant.now().toString());
            report.addProperty("emulator", endpoint == null ? "in-process" : endpoint.toString());
            report.addProperty("cores", Runtime.getRuntime().availableProcessors());
            report.addProperty("java", System.getProperty("java.version"));
            report.addProperty("secondsPerRun", seconds);
            JsonObject target = new JsonObject();
            target.addProperty("throughputAt16Clients", TARGET_THROUGHPUT_AT_16);
            target.addProperty("p99Ms", TARGET_P99_MS);
            report.add("target", target);
            report.addProperty("meetsTarget", meetsTarget);
            report.add("results", results);
            if (resultFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(resultFile.toAbsolutePath().getParent());
            }
            Files.writeString(
                    resultFile, new GsonBuilder().setPrettyPrinting().create().toJson(report) + "\n");
            System.out.println("results written to " + resultFile);
        } finally {
            if (inProcess != null) {
                inProcess.close();
            }
        }
    }

    private void reset() throws IOException, InterruptedException {
        post("reset", "{}");
    }

    private Result run(int clients, Duration duration) throws InterruptedException {
        Worker[] workers = new Worker[clients];
        for (int i = 0; i < clients; i++) {
            workers[i] = new Worker();
        }
        CountDownLatch done = new CountDownLatch(clients);
        Map<Long, Long> emulatorCpuBefore = emulatorThreadCpu();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        for (Worker worker : workers) {
            Thread thread = new Thread(() -> {
                try {
                    worker.runUntil(deadline);
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;
        long emulatorCpuNanos = 0;
        for (Map.Entry<Long, Long> thread : emulatorThreadCpu().entrySet()) {
            emulatorCpuNanos += thread.getValue() - emulatorCpuBefore.getOrDefault(thread.getKey(), 0L);
        }
        Latencies create = new Latencies();
        Latencies list = new Latencies();
        long errors = 0;
        for (Worker worker : workers) {
            create.addAll(worker.create);
            list.addAll(worker.list);
            errors += worker.errors;
            worker.client.close();
        }
        Latencies overall = new Latencies();
        overall.addAll(create);
        overall.addAll(list);
        return new Result(clients, elapsedSeconds, create, list, overall, errors, emulatorCpuNanos);
    }

    /**
     * CPU time of the emulator's own threads, when it runs in this JVM: its cost per request is a figure that, unlike
     * throughput and latency, does not depend on how busy the rest of the machine is. Empty for a remote emulator.
     */
    private static Map<Long, Long> emulatorThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("emulator-")) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }

    /** One client: its own account and SDK client, creating a share and then reading it back by prefix. */
    private final class Worker {
        final Latencies create = new Latencies();
        final Latencies list = new Latencies();
        long errors;
        WellArchitectedClient client;
        private String account;
        private String lensArn;
        private int lensesUsed;
        private int sharesOnLens;
        private long recipient;

        Worker() {
            useNewAccount();
        }

        void runUntil(long deadline) {
            while (System.nanoTime() < deadline) {
                if (lensArn == null || sharesOnLens >= SHARES_PER_LENS) {
                    nextLens();
                }
                String sharedWith = String.format("%012d", ++recipient);
                String lens = lensArn;
                long t0 = System.nanoTime();
                try {
                    client.createLensShare(
                            r -> r.lensAlias(lens).sharedWith(sharedWith).clientRequestToken(sharedWith));
                    long t1 = System.nanoTime();
                    create.add(t1 - t0);
                    client.listLensShares(r -> r.lensAlias(lens).sharedWithPrefix(sharedWith));
                    list.add(System.nanoTime() - t1);
                } catch (RuntimeException e) {
                    errors++;
                }
                sharesOnLens++;
            }
        }

        /** An account holds at most 15 custom lenses, so a worker that has used them all moves to a new account. */
        private void nextLens() {
            if (lensesUsed == LENSES_PER_ACCOUNT) {
                client.close();
                useNewAccount();
            }
            try {
                JsonObject seeded = JsonParser.parseString(post(
                                "lenses",
                                "{\"accountId\":\"" + account
                                        + "\",\"region\":\"us-east-1\",\"name\":\"Benchmark lens\"}"))
                        .getAsJsonObject();
                lensArn = seeded.get("LensArn").getAsString();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot seed a lens", e);
            }
            lensesUsed++;
            sharesOnLens = 0;
        }

        private void useNewAccount() {
            account = String.format("9%011d", accountCounter.incrementAndGet());
            recipient = Long.parseLong(account.substring(1)) * 100_000;
            lensesUsed = 0;
            Endpoint fixed = Endpoint.builder().url(endpoint).build();
            client = WellArchitectedClient.builder()
                    // A fixed endpoint spares the client its per-call endpoint rules: the load generator's own CPU
                    // cost is what limits this benchmark on two cores, not the emulator's.
                    .endpointProvider(params -> CompletableFuture.completedFuture(fixed))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "benchmark-secret")))
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                    .build();
        }
    }

    private String post(String action, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = control.send(
                HttpRequest.newBuilder(endpoint.resolve("/_emulator/" + action))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("control " + action + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Latency samples in nanoseconds. */
    private static final class Latencies {
        private long[] samples = new long[1024];
        private int size;

        void add(long nanos) {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, size * 2);
            }
            samples[size++] = nanos;
        }

        void addAll(Latencies other) {
            for (int i = 0; i < other.size; i++) {
                add(other.samples[i]);
            }
        }

        int count() {
            return size;
        }

        double percentileMs(double percentile) {
            if (size == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(samples, size);
            Arrays.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * size) - 1;
            return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
        }

        JsonObject toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("count", size);
            json.addProperty("p50Ms", round(percentileMs(50)));
            json.addProperty("p99Ms", round(percentileMs(99)));
            return json;
        }
    }

    private record Result(
            int clients,
            double elapsedSeconds,
            Latencies create,
            Latencies list,
            Latencies overall,
            long errors,
            long emulatorCpuNanos) {
        double throughput() {
            return overall.count() / elapsedSeconds;
        }

        JsonObject toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("clients", clients);
            json.addProperty("elapsedSeconds", round(elapsedSeconds));
            json.addProperty("requests", overall.count());
            json.addProperty("errors", errors);
            json.addProperty("requestsPerSecond", round(throughput()));
            json.addProperty("p50Ms", round(overall.percentileMs(50)));
            json.addProperty("p99Ms", round(overall.percentileMs(99)));
            if (emulatorCpuNanos > 0) {
                json.addProperty("emulatorCpuMicrosPerRequest", round(emulatorCpuMicrosPerRequest()));
            }
            JsonObject operations = new JsonObject();
            operations.add("CreateLensShare", create.toJson());
            operations.add("ListLensShares", list.toJson());
            json.add("operations", operations);
            return json;
        }

        double emulatorCpuMicrosPerRequest() {
            return overall.count() == 0 ? 0 : emulatorCpuNanos / 1e3 / overall.count();
        }

        String summaryLine() {
            String line = String.format(
                    "%2d clients: %8.0f requests/s  p50 %6.2f ms  p99 %6.2f ms  errors %d",
                    clients, throughput(), overall.percentileMs(50), overall.percentileMs(99), errors);
            return emulatorCpuNanos > 0
                    ? line + String.format("  emulator CPU %.0f us/request", emulatorCpuMicrosPerRequest())
                    : line;
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
