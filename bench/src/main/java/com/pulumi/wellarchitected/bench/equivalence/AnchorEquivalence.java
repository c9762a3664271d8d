package com.pulumi.wellarchitected.bench.equivalence;

import com.google.protobuf.Struct;
import com.google.protobuf.TextFormat;
import com.google.protobuf.Value;
import com.pulumi.wellarchitected.bench.harness.EngineStandIn;
import com.pulumi.wellarchitected.bench.harness.LensShareCalls;
import com.pulumi.wellarchitected.bench.harness.Plugin;
import com.pulumi.wellarchitected.bench.harness.RunningEmulator;
import com.pulumi.wellarchitected.bench.harness.UpAndDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.ReadResponse;

/**
 * Checks that the Go anchor and the Java provider are equals before any figure compares them: for the same inputs
 * (given in a non-canonical spelling, so that Check's normalisation counts), each plugin's Check, Create, Read,
 * Delete and Read-after-Delete answers must be the same, share IDs aside, and each ID must be
 * {@code <lens ARN>|<shareId>}. Prints every difference and exits 1 when there is one. Usage: {@code AnchorEquivalence}.
 */
public final class AnchorEquivalence {

    // Java keeps the share's idempotency token in the checked inputs, where the engine carries it from run to run;
    // the Go anchor leaves the token to each Create call. It is no input of the user's.
    private static final String JAVA_TOKEN = "__clientRequestToken";
    private static final Pattern SHARE_ID = Pattern.compile("[0-9a-f]{32}");

    private AnchorEquivalence() {}

    public static void main(String[] args) throws Exception {
        List<String> differences = new ArrayList<>();
        Map<String, Struct> compared = new TreeMap<>();
        try (RunningEmulator emulator = RunningEmulator.start();
                EngineStandIn engine = new EngineStandIn()) {
            String lens = emulator.control().seedLens("Equivalence lens");
            String spelledLens = "  " + lens.toUpperCase(java.util.Locale.ROOT) + " ";
            Map<Plugin, Map<String, Struct>> answers = new TreeMap<>();
            for (Plugin plugin : Plugin.values()) {
                try (UpAndDestroy provider =
                        UpAndDestroy.launch(plugin, engine, emulator.endpoint(), "equivalence-" + plugin.label())) {
                    answers.put(plugin, life(provider.up(), provider.destroy(), lens, spelledLens));
                }
            }
            Map<String, Struct> java = answers.get(Plugin.JAVA);
            compared.putAll(java);
            Map<String, Struct> go = answers.get(Plugin.GO);
            for (String step : java.keySet()) {
                if (!java.get(step).equals(go.get(step))) {
                    differences.add(step + ":\n  Java: " + java.get(step) + "\n  Go:   " + go.get(step));
                }
            }
        }
        if (!differences.isEmpty()) {
            System.err.println("The Go anchor and the Java provider answer differently:");
            differences.forEach(System.err::println);
            System.exit(1);
        }
        System.out.println("The Go anchor and the Java provider give the same answers to Check, Create, Read, Delete"
                + " and Read after Delete:");
        compared.forEach((step, answer) -> System.out.println(step + ": " + TextFormat.shortDebugString(answer)));
    }

    /**
     * One share's life, each answer with the share ID replaced by a placeholder so that the two compare; the Delete
     * and the Read after it go to the plugin's second process, as {@code pulumi destroy} and a later refresh run.
     */
    private static Map<String, Struct> life(
            LensShareCalls calls, LensShareCalls destroy, String lens, String spelledLens) {
        Map<String, Struct> answers = new TreeMap<>();
        String sharedWith = "4444-5555-6666";
        Struct inputs = calls.check("share", spelledLens, sharedWith);
        answers.put(
                "1 Check inputs", inputs.toBuilder().removeFields(JAVA_TOKEN).build());
        CreateResponse created = calls.create("share", inputs);
        answers.put("2 Create ID", idShape(created.getId(), lens));
        answers.put("3 Create outputs", withoutShareId(created.getProperties()));
        ReadResponse read = calls.read("share", created.getId(), created.getProperties(), inputs);
        answers.put("4 Read ID", idShape(read.getId(), lens));
        answers.put("5 Read outputs", withoutShareId(read.getProperties()));
        answers.put(
                "6 Read inputs",
                read.getInputs().toBuilder().removeFields(JAVA_TOKEN).build());
        destroy.delete("share", created.getId(), created.getProperties(), inputs);
        ReadResponse gone = destroy.read("share", created.getId(), created.getProperties(), inputs);
        answers.put("7 Read after Delete: ID", text(gone.getId()));
        return answers;
    }

    private static Struct idShape(String id, String lens) {
        String shape = id.startsWith(lens + "|")
                        && SHARE_ID.matcher(id.substring(lens.length() + 1)).matches()
                ? "<lens ARN>|<shareId>"
                : id;
        return text(shape);
    }

    private static Struct withoutShareId(Struct outputs) {
        Struct.Builder builder = outputs.toBuilder();
        if (outputs.containsFields("shareId")
                && SHARE_ID.matcher(outputs.getFieldsOrThrow("shareId").getStringValue())
                        .matches()) {
            builder.putFields(
                    "shareId", Value.newBuilder().setStringValue("<shareId>").build());
        }
        return builder.build();
    }

    private static Struct text(String value) {
        return Struct.newBuilder()
                .putFields("value", Value.newBuilder().setStringValue(value).build())
                .build();
    }
}
