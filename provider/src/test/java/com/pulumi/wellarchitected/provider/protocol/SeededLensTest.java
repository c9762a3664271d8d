package com.pulumi.wellarchitected.provider.protocol;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The start of the share tests: a configured provider over a fresh emulator that holds one custom lens. */
abstract class SeededLensTest {

    ProviderFixture fixture;
    String lens;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure();
        lens = fixture.seedLens("Security lens");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }
}
