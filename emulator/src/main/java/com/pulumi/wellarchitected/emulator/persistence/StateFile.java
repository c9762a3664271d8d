package com.pulumi.wellarchitected.emulator.persistence;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.pulumi.wellarchitected.emulator.model.BackendSnapshot;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The {@code --state FILE}: the whole state as JSON, replaced atomically (a temporary file in the same directory, then
 * an atomic rename) with mode 0600, so a crash leaves either the old or the new state and never a torn file.
 */
public final class StateFile {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final Path path;

    public StateFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    /** The saved state, or nothing when the file does not exist yet; any other problem is an error, never ignored. */
    public Optional<BackendSnapshot> load() throws IOException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        if (Files.isDirectory(path)) {
            throw new IOException("state file " + path + " is a directory");
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            BackendSnapshot snapshot = GSON.fromJson(json, BackendSnapshot.class);
            if (snapshot == null) {
                throw corrupt("it is empty", null);
            }
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw corrupt("it has content after the JSON document", null);
            }
            return Optional.of(snapshot);
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new IOException("cannot read state file " + path + ": permission denied or vanished", e);
        } catch (JsonParseException | IllegalStateException e) {
            throw corrupt("it is not valid emulator state JSON (" + e.getMessage() + ")", e);
        }
    }

    /** An error for a state file that exists but cannot be used, telling the user what to do. */
    public IOException corrupt(String why, Throwable cause) {
        return new IOException(
                "state file " + path + " cannot be loaded: " + why
                        + "; fix it or move it away (the emulator never replaces a state file it cannot read)",
                cause);
    }

    /** Writes the state atomically with mode 0600. */
    public void save(BackendSnapshot snapshot) {
        byte[] bytes = GSON.toJson(snapshot).getBytes(StandardCharsets.UTF_8);
        Path directory = path.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(
                    directory,
                    "." + path.getFileName() + ".",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write state file " + path + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The write already failed and is being reported; a stray temporary file is the lesser problem.
                }
            }
        }
    }
}
