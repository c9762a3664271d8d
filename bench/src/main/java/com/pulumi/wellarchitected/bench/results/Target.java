package com.pulumi.wellarchitected.bench.results;

import java.util.function.Predicate;

/** A figure's target from the benchmark issue: how it reads in the table and whether a figure meets it. */
public record Target(String text, Predicate<Figure> test) {

    public static Target atMost(double limit, String unit) {
        return new Target("≤ " + Figure.format(limit) + " " + unit, figure -> figure.value() <= limit);
    }

    public static Target below(double limit, String unit) {
        return new Target("< " + Figure.format(limit) + " " + unit, figure -> figure.value() < limit);
    }

    public static Target atLeast(double limit, String unit) {
        return new Target("≥ " + Figure.format(limit) + " " + unit, figure -> figure.value() >= limit);
    }

    public static Target ratioAtMost(double limit) {
        return new Target(
                "ratio ≤ " + Figure.format(limit), figure -> figure.ratio() != null && figure.ratio() <= limit);
    }

    /** None in any run: the worst run, not the median, decides. */
    public static Target noneInAnyRun() {
        return new Target("0 in every run", figure -> figure.max() == 0);
    }

    /** A target that no single number states, such as "constant in N": the benchmark judges it. */
    public static Target judged(String text, boolean met) {
        return new Target(text, figure -> met);
    }
}
