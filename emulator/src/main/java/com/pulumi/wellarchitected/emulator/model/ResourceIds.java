package com.pulumi.wellarchitected.emulator.model;

import java.util.concurrent.ThreadLocalRandom;

/** Makes the service's 32-hex-digit identifiers for lenses, shares and invitations. */
final class ResourceIds {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ResourceIds() {}

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong();
        long low = random.nextLong();
        char[] id = new char[32];
        for (int i = 0; i < 16; i++) {
            id[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
            id[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xf];
        }
        return new String(id);
    }
}
