package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent client: the AWS CLI (botocore's own restJson1 and SigV4 code) against an emulator that verifies
 * signatures. The CLI is installed by the test setup (pip install awscli); without it this test fails.
 */
class AwsCliTest {
    private static final String ACCESS_KEY = "AKIACLIOWNER0000000";
    private static final String SECRET = "cli-secret/with+special=chars";

    @TempDir
    Path directory;

    private EmulatorServer server;
    private Map<String, String> environment;

    @BeforeEach
    void start() throws IOException {
        Path credentials = directory.resolve("emulator-credentials.json");
        Files.writeString(
                credentials,
                "{\"credentials\":[{\"accessKeyId\":\"" + ACCESS_KEY + "\",\"secretAccessKey\":\"" + SECRET
                        + "\",\"accountId\":\"" + Accounts.OWNER + "\"}]}");
        server = EmulatorServer.start(new EmulatorOptions("127.0.0.1", 0, null, credentials));
        Path config = directory.resolve("aws-config");
        Files.writeString(config, "[default]\nregion = us-east-1\noutput = json\n");
        Path sharedCredentials = directory.resolve("aws-credentials");
        Files.writeString(
                sharedCredentials,
                "[default]\naws_access_key_id = " + ACCESS_KEY + "\naws_secret_access_key = " + SECRET + "\n");
        environment = Map.of(
                "AWS_CONFIG_FILE",
                config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE",
                sharedCredentials.toString(),
                "AWS_ACCESS_KEY_ID",
                ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY",
                SECRET,
                "AWS_DEFAULT_REGION",
                "us-east-1",
                "AWS_PAGER",
                "",
                "AWS_MAX_ATTEMPTS",
                "1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A finished CLI run. */
    private record Run(int exitCode, String stdout, String stderr) {
        JsonObject json() {
            return JsonParser.parseString(stdout).getAsJsonObject();
        }
    }

    private Run aws(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws", "wellarchitected"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--endpoint-url", server.endpoint().toString(), "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("the AWS CLI (`aws`) is not on PATH; install it with `python3 -m pip install awscli`", e);
        }
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("aws " + String.join(" ", arguments) + " did not finish in 120 s");
        }
        return new Run(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void cliCreatesListsAndDeletesALensShare() throws Exception {
        String lensArn = new ControlClient(server).seedLens(Accounts.OWNER, "CLI lens", true);

        Run created = aws(
                "create-lens-share",
                "--lens-alias",
                lensArn,
                "--shared-with",
                Accounts.RECIPIENT,
                "--client-request-token",
                "cli-token-1");
        assertThat(created.exitCode()).as(created.stderr()).isZero();
        String shareId = created.json().get("ShareId").getAsString();
        assertThat(shareId).matches("[0-9a-f]{32}");

        Run listed = aws("list-lens-shares", "--lens-alias", lensArn, "--shared-with-prefix", "4444");
        assertThat(listed.exitCode()).as(listed.stderr()).isZero();
        JsonObject share =
                listed.json().getAsJsonArray("LensShareSummaries").get(0).getAsJsonObject();
        assertThat(share.get("ShareId").getAsString()).isEqualTo(shareId);
        assertThat(share.get("SharedWith").getAsString()).isEqualTo(Accounts.RECIPIENT);
        assertThat(share.get("Status").getAsString()).isEqualTo("PENDING");

        Run deleted = aws(
                "delete-lens-share",
                "--lens-alias",
                lensArn,
                "--share-id",
                shareId,
                "--client-request-token",
                "cli-token-2");
        assertThat(deleted.exitCode()).as(deleted.stderr()).isZero();
        assertThat(deleted.stdout()).isBlank();

        Run empty = aws("list-lens-shares", "--lens-alias", lensArn);
        assertThat(empty.exitCode()).as(empty.stderr()).isZero();
        assertThat(empty.json().getAsJsonArray("LensShareSummaries")).isEmpty();
    }

    @Test
    void cliReportsTheModelledErrorCode() throws Exception {
        String lensArn = new ControlClient(server).seedLens(Accounts.OWNER, "CLI lens", true);

        Run refused = aws(
                "create-lens-share",
                "--lens-alias",
                lensArn,
                "--shared-with",
                "not-a-principal",
                "--client-request-token",
                "cli-token-3");

        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.stderr()).contains("ValidationException").contains("SharedWith");
    }
}
