package com.pulumi.wellarchitected.bench.results;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * One measured figure as {@code latest.json} records it: the median of its runs as its value, the spread, the
 * baseline it is compared with and the ratio to it, and the target with whether it is met.
 *
 * @param n the size of the workload (shares, callers, resources), when the figure has one
 * @param note what a reader needs to interpret the figure, such as what one operation includes
 */
public record Figure(
        String name,
        double value,
        String unit,
        Baseline baseline,
        Double ratio,
        String target,
        Boolean met,
        @SerializedName("N") Integer n,
        int runs,
        double median,
        double p10,
        double p90,
        double min,
        double max,
        String note) {

    /** The figure another one is compared with, by name and value. */
    public record Baseline(String name, double value) {}

    public static Figure of(String name, String unit, List<Double> samples) {
        Spread spread = Spread.of(samples);
        return new Figure(
                name,
                spread.median(),
                unit,
                null,
                null,
                null,
                null,
                null,
                samples.size(),
                spread.median(),
                spread.p10(),
                spread.p90(),
                spread.min(),
                spread.max(),
                null);
    }

    public Figure withN(int workload) {
        return new Figure(
                name, value, unit, baseline, ratio, target, met, workload, runs, median, p10, p90, min, max, note);
    }

    /** Compares this figure with a baseline measured in the same run: ratio = this median / baseline median. */
    public Figure against(Figure other) {
        return against(new Baseline(other.name, other.value));
    }

    public Figure against(Baseline other) {
        return new Figure(
                name,
                value,
                unit,
                other,
                value / other.value(),
                target,
                met,
                n,
                runs,
                median,
                p10,
                p90,
                min,
                max,
                note);
    }

    public Figure withTarget(Target goal) {
        return new Figure(
                name,
                value,
                unit,
                baseline,
                ratio,
                goal.text(),
                goal.test().test(this),
                n,
                runs,
                median,
                p10,
                p90,
                min,
                max,
                note);
    }

    public Figure withNote(String text) {
        return new Figure(name, value, unit, baseline, ratio, target, met, n, runs, median, p10, p90, min, max, text);
    }

    /** Three significant digits, no exponent: enough for run-to-run noise, short enough for a table. */
    public static String format(double number) {
        if (number == 0 || !Double.isFinite(number)) {
            return number == 0 ? "0" : String.valueOf(number);
        }
        return new BigDecimal(number)
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }
}
