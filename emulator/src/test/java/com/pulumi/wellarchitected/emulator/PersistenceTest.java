package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.ConflictException;
import software.amazon.awssdk.services.wellarchitected.model.InternalServerException;
import software.amazon.awssdk.services.wellarchitected.model.LensShareSummary;
import software.amazon.awssdk.services.wellarchitected.model.ShareStatus;

/** With --state, every change is written atomically with mode 0600 and loaded again on the next start. */
class PersistenceTest {
    @TempDir
    Path directory;

    private EmulatorServer start(Path stateFile) throws IOException {
        return EmulatorServer.start(new EmulatorOptions("127.0.0.1", 0, stateFile, null));
    }

    @Test
    void stateSurvivesARestart() throws IOException {
        Path stateFile = directory.resolve("state.json");
        String lensArn;
        String shareId;
        try (EmulatorServer first = start(stateFile);
                WellArchitectedClient owner = Accounts.client(first, Accounts.OWNER)) {
            lensArn = new ControlClient(first).seedLens(Accounts.OWNER, "Kept lens", true);
            shareId = owner.createLensShare(r ->
                            r.lensAlias(lensArn).sharedWith(Accounts.RECIPIENT).clientRequestToken("stable-token"))
                    .shareId();
            owner.updateGlobalSettings(r -> r.organizationSharingStatus("ENABLED"));
            owner.tagResource(r -> r.workloadArn(lensArn).tags(java.util.Map.of("team", "platform")));
        }

        try (EmulatorServer second = start(stateFile);
                WellArchitectedClient owner = Accounts.client(second, Accounts.OWNER);
                WellArchitectedClient recipient = Accounts.client(second, Accounts.RECIPIENT)) {
            assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                    .extracting(LensShareSummary::shareId, LensShareSummary::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(shareId, ShareStatus.PENDING));
            assertThat(owner.createLensShare(r -> r.lensAlias(lensArn)
                                    .sharedWith(Accounts.RECIPIENT)
                                    .clientRequestToken("stable-token"))
                            .shareId())
                    .isEqualTo(shareId);
            assertThatThrownBy(() -> owner.createLensShare(
                            r -> r.lensAlias(lensArn).sharedWith(Accounts.OTHER).clientRequestToken("stable-token")))
                    .isInstanceOf(ConflictException.class);
            assertThat(owner.getGlobalSettings(r -> {}).organizationSharingStatusAsString())
                    .isEqualTo("ENABLED");
            assertThat(owner.listTagsForResource(r -> r.workloadArn(lensArn)).tags())
                    .containsEntry("team", "platform");
            assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                    .hasSize(1);
        }
    }

    @Test
    void advancedClockSurvivesARestart() throws IOException {
        Path stateFile = directory.resolve("state.json");
        try (EmulatorServer first = start(stateFile)) {
            new ControlClient(first).advanceClock(86_400);
        }

        try (EmulatorServer second = start(stateFile)) {
            double now =
                    new ControlClient(second).get("clock").json().get("now").getAsDouble();
            assertThat(now).isGreaterThan(System.currentTimeMillis() / 1000.0 + 86_000);
        }
    }

    @Test
    void stateFileIsReadableOnlyByItsOwnerAndNoTemporaryFileRemains() throws IOException {
        Path stateFile = directory.resolve("state.json");
        try (EmulatorServer server = start(stateFile)) {
            new ControlClient(server).seedLens(Accounts.OWNER, "Lens", true);
        }

        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(stateFile);
        assertThat(PosixFilePermissions.toString(permissions)).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
        }
    }

    @Test
    void missingStateFileIsCreatedOnStart() throws IOException {
        Path stateFile = directory.resolve("new-state.json");
        try (EmulatorServer ignored = start(stateFile)) {
            assertThat(stateFile).exists();
        }
    }

    @Test
    void corruptStateFileStopsTheStartAndIsLeftAlone() throws IOException {
        Path stateFile = directory.resolve("state.json");
        Files.writeString(stateFile, "{\"formatVersion\": 1, \"lenses\": [ broken");

        assertThatThrownBy(() -> start(stateFile))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(stateFile.toString())
                .hasMessageContaining("cannot be loaded");
        assertThat(Files.readString(stateFile)).isEqualTo("{\"formatVersion\": 1, \"lenses\": [ broken");
    }

    @Test
    void inconsistentStateFileStopsTheStart() throws IOException {
        Path stateFile = directory.resolve("state.json");
        Files.writeString(stateFile, "{\"formatVersion\": 1, \"lenses\": [{\"accountId\": \"111122223333\"}]}");

        assertThatThrownBy(() -> start(stateFile))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot be loaded");
    }

    @Test
    void stateFileOfAnotherFormatStopsTheStart() throws IOException {
        Path stateFile = directory.resolve("state.json");
        Files.writeString(stateFile, "{\"formatVersion\": 99}");

        assertThatThrownBy(() -> start(stateFile))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("formatVersion");
    }

    @Test
    void unreadableStateFileStopsTheStart() throws IOException {
        Path stateFile = directory.resolve("state-dir");
        Files.createDirectory(stateFile);

        assertThatThrownBy(() -> start(stateFile))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("directory");
    }

    @Test
    void emptyStateFileStopsTheStart() throws IOException {
        Path stateFile = directory.resolve("state.json");
        Files.writeString(stateFile, "");

        assertThatThrownBy(() -> start(stateFile))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void changeThatCannotBeWrittenFailsWith500AndLeavesMemoryAndDiskUnchanged() throws IOException {
        Path home = Files.createDirectory(directory.resolve("home"));
        Path stateFile = home.resolve("state.json");
        Path moved = directory.resolve("moved");
        try (EmulatorServer server = start(stateFile);
                WellArchitectedClient owner = Accounts.client(server, Accounts.OWNER)) {
            ControlClient control = new ControlClient(server);
            String lensArn = control.seedLens(Accounts.OWNER, "Kept lens", true);
            String kept = owner.createLensShare(r ->
                            r.lensAlias(lensArn).sharedWith(Accounts.RECIPIENT).clientRequestToken("kept"))
                    .shareId();
            byte[] onDisk = Files.readAllBytes(stateFile);
            JsonObject stateBefore = withoutNow(control.get("state").json());
            // Without its directory the state file cannot be replaced, whoever runs the test (root included).
            Files.move(home, moved);

            assertThatThrownBy(() -> owner.createLensShare(
                            r -> r.lensAlias(lensArn).sharedWith(Accounts.OTHER).clientRequestToken("lost")))
                    .isInstanceOfSatisfying(
                            InternalServerException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(500));
            assertThatThrownBy(() -> owner.deleteLensShare(
                            r -> r.lensAlias(lensArn).shareId(kept).clientRequestToken("delete")))
                    .isInstanceOf(InternalServerException.class);
            assertThat(control.post("clock", "{\"advanceSeconds\": 86400}").status())
                    .isEqualTo(500);
            assertThat(control.post(
                                    "lenses",
                                    "{\"accountId\":\"111122223333\",\"region\":\"us-east-1\",\"name\":\"x\"}")
                            .status())
                    .isEqualTo(500);

            assertThat(withoutNow(control.get("state").json())).isEqualTo(stateBefore);
            assertThat(control.get("clock").json().get("now").getAsDouble())
                    .isLessThan(System.currentTimeMillis() / 1000.0 + 3600);
            assertThat(owner.listLensShares(r -> r.lensAlias(lensArn)).lensShareSummaries())
                    .extracting(LensShareSummary::shareId)
                    .containsExactly(kept);
            assertThat(moved.resolve("state.json")).hasBinaryContent(onDisk);
            try (Stream<Path> files = Files.list(moved)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
            }

            Files.move(moved, home);
            String made = owner.createLensShare(
                            r -> r.lensAlias(lensArn).sharedWith(Accounts.OTHER).clientRequestToken("lost"))
                    .shareId();
            assertThat(made).isNotEqualTo(kept);
        }
        try (EmulatorServer restarted = start(stateFile)) {
            assertThat(new ControlClient(restarted).get("state").json().getAsJsonArray("shares"))
                    .hasSize(2);
        }
    }

    @Test
    void expiredTokensAreForgottenAndLeaveTheStateFile() throws IOException {
        Path stateFile = directory.resolve("state.json");
        try (EmulatorServer server = start(stateFile);
                WellArchitectedClient owner = Accounts.client(server, Accounts.OWNER)) {
            ControlClient control = new ControlClient(server);
            String lensArn = control.seedLens(Accounts.OWNER, "Lens", true);
            for (String account : List.of("500000000001", "500000000002", "500000000003")) {
                owner.createLensShare(
                        r -> r.lensAlias(lensArn).sharedWith(account).clientRequestToken("t-" + account));
            }
            assertThat(tokensIn(stateFile))
                    .containsExactlyInAnyOrder("t-500000000001", "t-500000000002", "t-500000000003");

            control.advanceClock(8 * 3600);
            owner.createLensShare(
                    r -> r.lensAlias(lensArn).sharedWith(Accounts.OTHER).clientRequestToken("t-new"));

            assertThat(tokensIn(stateFile)).containsExactly("t-new");
        }
    }

    private static List<String> tokensIn(Path stateFile) throws IOException {
        List<String> tokens = new ArrayList<>();
        JsonParser.parseString(Files.readString(stateFile))
                .getAsJsonObject()
                .getAsJsonArray("clientRequestTokens")
                .forEach(
                        token -> tokens.add(token.getAsJsonObject().get("token").getAsString()));
        return tokens;
    }

    private static JsonObject withoutNow(JsonObject state) {
        state.remove("now");
        return state;
    }
}
