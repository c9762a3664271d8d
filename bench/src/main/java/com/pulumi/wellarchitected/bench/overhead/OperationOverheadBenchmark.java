package com.pulumi.wellarchitected.bench.overhead;

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
 * Benchmark 2, overhead per operation: runs {@link OperationOverhead} under JMH at 1 and 16 concurrent callers and
 * writes the provider's time per share life beside the direct SDK's. Usage: {@code OperationOverheadBenchmark <part.json>}.
 */
public final class OperationOverheadBenchmark {

    private static final double TARGET_RATIO = 1.10;
    private static final int[] CALLERS = {1, 16};

    private OperationOverheadBenchmark() {}

    public static void main(String[] args) throws RunnerException {
        List<Figure> figures = new ArrayList<>();
        for (int callers : CALLERS) {
            var options = new OptionsBuilder()
                    .include(OperationOverhead.class.getName())
                    .threads(callers)
                    .jvmArgsAppend("-Dbench.root=" + Repository.root())
                    .build();
            List<RunResult> results = new ArrayList<>(new Runner(options).run());
            String atCallers = callers + (callers == 1 ? " caller" : " callers");
            Figure direct = figure(results, "direct", "Create+Read+Delete, AWS SDK directly, " + atCallers, callers);
            Figure provider = figure(results, "provider", "Create+Read+Delete via the provider, " + atCallers, callers)
                    .against(direct)
                    .withTarget(Target.ratioAtMost(TARGET_RATIO))
                    .withNote("Time per share life with that many callers at once. The provider's includes Check and "
                            + "the Log call it makes to the engine on each create; both paths make the same 4 API "
                            + "calls (CreateLensShare, ListLensShares twice, DeleteLensShare).");
            figures.add(direct);
            figures.add(provider);
        }
        new ResultsPart("2. Overhead per operation (provider gRPC vs. AWS SDK directly, emulator)", figures)
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
