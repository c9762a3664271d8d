package com.pulumi.wellarchitected.provider.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LensShareLifecycleTest {

    private ProviderFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aShareIsPreviewedCreatedReadDiffedImportedAndDeleted() {
        LifecycleScenario.run(fixture.provider, fixture);

        assertThat(fixture.diagnostics()).isEmpty();
    }
}
