package com.pulumi.wellarchitected.bench.results;

import java.util.List;
import java.util.Objects;

/** Renders benchmark results as the Markdown table of {@code latest.md} and the README. */
final class MarkdownTable {

    private static final String HEADER = """
            | Figure | Measured: median (p10–p90) | Compared with (same run) | Ratio | Target | Met | N | Runs |
            |---|---|---|---|---|---|---|---|
            """;

    private MarkdownTable() {}

    static String render(List<ResultsPart> parts, List<String> missing) {
        StringBuilder markdown = new StringBuilder("\n### The targets\n\n").append(HEADER);
        parts.stream()
                .flatMap(part -> part.figures().stream())
                .filter(figure -> figure.target() != null)
                .forEach(figure -> markdown.append(row(figure)));
        for (ResultsPart part : parts) {
            markdown.append("\n### ").append(part.benchmark()).append("\n\n").append(HEADER);
            part.figures().forEach(figure -> markdown.append(row(figure)));
            part.figures().stream()
                    .map(Figure::note)
                    .filter(Objects::nonNull)
                    .distinct()
                    .forEach(note -> markdown.append("\n- ").append(note));
            markdown.append('\n');
        }
        for (String step : missing) {
            markdown.append("\n### ")
                    .append(step)
                    .append("\n\nNot measured: the step failed; see bench/results/logs/")
                    .append(step)
                    .append(".log.\n");
        }
        return markdown.toString();
    }

    private static String row(Figure figure) {
        String measured = Figure.format(figure.median()) + " " + figure.unit()
                + (figure.runs() > 1
                        ? " (" + Figure.format(figure.p10()) + "–" + Figure.format(figure.p90()) + ")"
                        : "");
        String baseline = figure.baseline() == null
                ? "—"
                : figure.baseline().name() + ": "
                        + Figure.format(figure.baseline().value()) + " " + figure.unit();
        String ratio = figure.ratio() == null ? "—" : Figure.format(figure.ratio());
        String met = figure.met() == null ? "—" : figure.met() ? "yes" : "**no**";
        return "| "
                + String.join(
                        " | ",
                        figure.name(),
                        measured,
                        baseline,
                        ratio,
                        figure.target() == null ? "—" : figure.target(),
                        met,
                        figure.n() == null ? "—" : String.valueOf(figure.n()),
                        String.valueOf(figure.runs()))
                + " |\n";
    }
}
