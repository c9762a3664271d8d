package com.pulumi.wellarchitected.e2e;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/**
 * The examples/workflow program as a stack against its own emulator, run as a user with two AWS profiles runs it:
 * {@code owner} for the default provider and {@code recipient} for the provider that accepts the invitation. Nothing
 * is seeded: the program publishes the lens and enables organization sharing itself.
 */
final class WorkflowExampleStack implements AutoCloseable {

    static final String OWNER = "111122223333";
    static final String RECIPIENT = "444455556666";
    static final String IAM_USER = "arn:aws:iam::777788889999:user/lens-reviewer";
    static final String OU = "ou-ab12-cdef3456";
    static final String REGION = "us-east-1";
    static final String STACK = "e2e";

    final Emulator emulator;
    final PulumiProject pulumi;
    final WellArchitectedClient owner;
    final WellArchitectedClient recipient;

    private WorkflowExampleStack(Emulator emulator, PulumiProject pulumi) {
        this.emulator = emulator;
        this.pulumi = pulumi;
        this.owner = emulator.client(OWNER, REGION);
        this.recipient = emulator.client(RECIPIENT, REGION);
    }

    static WorkflowExampleStack create(Path workDir) throws Exception {
        var toolchain = Toolchain.locate();
        var emulator = Emulator.start();
        try {
            var pulumi = new PulumiProject(toolchain, workDir, OWNER, REGION);
            ExampleProgram.copyTo(toolchain, "workflow", pulumi.directory());
            Files.copy(
                    toolchain.example("workflow").resolve("lens.json"),
                    pulumi.directory().resolve("lens.json"));
            pulumi.useAwsProfiles(Map.of("owner", OWNER, "recipient", RECIPIENT), "owner");
            pulumi.putEnvironment(
                    "AWS_ENDPOINT_URL_WELLARCHITECTED", emulator.endpoint().toString());
            pulumi.succeed("stack", "init", STACK);
            pulumi.setConfig(Map.of(
                    "accountId", RECIPIENT, "iamUserArn", IAM_USER, "ouId", OU, "recipientProfile", "recipient"));
            return new WorkflowExampleStack(emulator, pulumi);
        } catch (Exception | Error e) {
            emulator.close();
            throw e;
        }
    }

    /** Every resource of the checkpoint by its name, the provider resources left out. */
    Map<String, JsonObject> resources() throws Exception {
        return resourcesOf(pulumi);
    }

    /** An output of a resource in the checkpoint. */
    Optional<String> output(String resource, String output) throws Exception {
        return outputOf(pulumi, resource, output);
    }

    /** Every resource of {@code project}'s checkpoint by its name, the provider resources left out. */
    static Map<String, JsonObject> resourcesOf(PulumiProject project) throws Exception {
        var resources = new TreeMap<String, JsonObject>();
        var deployment = project.exportStack().getAsJsonObject("deployment");
        if (deployment == null || !deployment.has("resources")) {
            return resources;
        }
        for (var element : deployment.getAsJsonArray("resources")) {
            var resource = element.getAsJsonObject();
            if (resource.get("type").getAsString().startsWith("wellarchitected:index:")) {
                resources.put(resource.get("urn").getAsString().split("::", -1)[3], resource);
            }
        }
        return resources;
    }

    /** An output of a resource in {@code project}'s checkpoint. */
    static Optional<String> outputOf(PulumiProject project, String resource, String output) throws Exception {
        return Optional.ofNullable(resourcesOf(project).get(resource))
                .map(r -> r.getAsJsonObject("outputs"))
                .filter(outputs -> outputs.has(output))
                .map(outputs -> outputs.get(output).getAsString());
    }

    /** The URN of the recipient's explicit provider in the checkpoint. */
    String recipientProviderUrn() throws Exception {
        for (var element : pulumi.exportStack().getAsJsonObject("deployment").getAsJsonArray("resources")) {
            var resource = element.getAsJsonObject();
            var urn = resource.get("urn").getAsString();
            if (resource.get("type").getAsString().equals("pulumi:providers:wellarchitected")
                    && urn.endsWith("::recipient")) {
                return urn;
            }
        }
        throw new AssertionError("the checkpoint holds no provider named recipient");
    }

    /** The shares of {@code lensArn} the emulator holds, as {@code sharedWith=status}. */
    List<String> sharesOf(String lensArn) throws Exception {
        var result = new ArrayList<String>();
        for (var share : emulator.shares()) {
            if (share.lensArn().equals(lensArn)) {
                result.add(share.sharedWith() + "=" + share.status());
            }
        }
        return result;
    }

    /** The owner's organization sharing status in the emulator's global settings; DISABLED until set. */
    String organizationSharingStatus() throws Exception {
        for (var element : emulator.state().getAsJsonArray("globalSettings")) {
            var settings = element.getAsJsonObject();
            if (settings.get("accountId").getAsString().equals(OWNER)
                    && settings.get("region").getAsString().equals(REGION)) {
                return settings.get("organizationSharingStatus").getAsString();
            }
        }
        return "DISABLED";
    }

    /** The owner's lenses the emulator holds, as {@code lensArn=status}. */
    List<String> ownerLenses() throws Exception {
        var result = new ArrayList<String>();
        for (var element : emulator.state().getAsJsonArray("lenses")) {
            var lens = element.getAsJsonObject();
            if (lens.get("accountId").getAsString().equals(OWNER)) {
                result.add(lens.get("lensArn").getAsString() + "="
                        + lens.get("status").getAsString());
            }
        }
        return result;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
