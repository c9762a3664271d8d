package com.pulumi.wellarchitected.bench.results;

import java.util.List;

/** The median and spread of repeated measurements of one figure. */
public record Spread(double median, double p10, double p90, double min, double max) {

    public static Spread of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one measurement");
        }
        double[] sorted =
                samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Spread(
                percentile(sorted, 50),
                percentile(sorted, 10),
                percentile(sorted, 90),
                sorted[0],
                sorted[sorted.length - 1]);
    }

    /** Linear interpolation between the closest ranks, so that ten runs still give distinct p10 and p90. */
    private static double percentile(double[] sorted, double percent) {
        double rank = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
