package com.pulumi.wellarchitected.emulator.wire;

import com.pulumi.wellarchitected.emulator.errors.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes one percent-encoded path segment or query component strictly: a bad escape or bad UTF-8 is refused. */
final class PercentDecoder {
    private PercentDecoder() {}

    static String decode(String raw, String member) {
        if (raw.indexOf('%') < 0 && raw.chars().allMatch(c -> c < 0x80)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    throw ValidationException.cannotParse(member, "Invalid percent-encoding in " + member);
                }
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c > 0x7f) {
                throw ValidationException.cannotParse(member, "Unencoded non-ASCII character in " + member);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.cannotParse(member, "Percent-encoded " + member + " is not valid UTF-8");
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
