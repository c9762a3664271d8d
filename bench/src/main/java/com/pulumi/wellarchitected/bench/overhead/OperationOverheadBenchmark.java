package com.pulumi.wellarchitected.bench.overhead;

import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.Repository;
import com.pulumi.wellarchitected.bench.results.Figure;
import com.pulumi.wellarchitected.bench.results.ResultsPart;
import com.pulumi.wellarchitected.bench.results.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Benchmark 2, one share's life: runs {@link OperationOverhead} under JMH at 1 and 16 concurrent callers and writes
 * the Java provider's time per share life beside the Go anchor's, with the direct SDK's for context. Usage:
 * {@code OperationOverheadBenchmark <part.json> [runs]}.
 */
public final class OperationOverheadBenchmark {

    private static final double TARGET_RATIO = 1.2;
    private static final int[] CALLERS = {1, 16};

    private OperationOverheadBenchmark() {}

    public static void main(String[] args) throws RunnerException {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Figure> figures = new ArrayList<>();
        for (int callers : CALLERS) {
            var options = new OptionsBuilder()
                    .include(OperationOverhead.class.getName())
                    .threads(callers)
                    .measurementIterations(runs)
                    .jvmArgsAppend("-Dbench.root=" + Repository.root(), "-Dbench.goAnchor=" + Plugin.GO.directory())
                    .build();
            List<RunResult> results = new ArrayList<>(new Runner(options).run());
            String atCallers = callers + (callers == 1 ? " caller" : " callers");
            Figure direct = figure(results, "direct", "Create+Read+Delete, AWS SDK directly, " + atCallers, callers)
                    .withNote("Context: the same 4 API calls without any provider.");
            Figure go = figure(results, "go", "Check+Create+Read+Delete via the Go anchor, " + atCallers, callers);
            Figure java = figure(
                            results, "java", "Check+Create+Read+Delete via the Java provider, " + atCallers, callers)
                    .against(go)
                    .withTarget(Target.ratioAtMost(TARGET_RATIO))
                    .withNote("Time per share life with that many callers at once, each plugin launched and called "
                            + "over gRPC as the engine does, with the engine's Log call on each create; both make the "
                            + "same 4 API calls (CreateLensShare, ListLensShares twice, DeleteLensShare).");
            figures.add(java);
            figures.add(go);
            figures.add(direct);
        }
        new ResultsPart("2. One share's life over gRPC (Java provider vs. Go anchor, emulator)", figures)
                .write(Path.of(args[0]));
    }

    /** Each measurement iteration of JMH is one run: its average time per operation. */
    private static Figure figure(List<RunResult> results, String benchmark, String name, int callers) {
        BenchmarkResult result = results.stream()
                .filter(run -> run.getParams().getBenchmark().endsWith("." + benchmark))
                .flatMap(run -> run.getBenchmarkResults().stream())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("JMH ran no " + benchmark + " benchmark"));
        List<Double> perIteration = result.getIterationResults().stream()
                .map(iteration -> iteration.getPrimaryResult().getScore())
                .toList();
        return Figure.of(name, "ms", perIteration).withN(callers);
    }
}
