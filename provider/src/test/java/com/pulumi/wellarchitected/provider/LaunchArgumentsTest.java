package com.pulumi.wellarchitected.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    @Test
    void theEngineAddressIsTheLastArgument() {
        assertThat(LaunchArguments.parse("127.0.0.1:50051"))
                .isEqualTo(new LaunchArguments(Optional.of("127.0.0.1:50051"), 0, List.of()));
    }

    @Test
    void theEnginesFlagsAreUnderstoodInEveryGoSpelling() {
        assertThat(LaunchArguments.parse("--logtostderr", "-v=9", "--tracing", "http://tracer:1", "127.0.0.1:1"))
                .isEqualTo(new LaunchArguments(Optional.of("127.0.0.1:1"), 9, List.of()));
        assertThat(LaunchArguments.parse("-logtostderr", "--v", "3", "-tracing=x", "127.0.0.1:2"))
                .isEqualTo(new LaunchArguments(Optional.of("127.0.0.1:2"), 3, List.of()));
    }

    @Test
    void withoutArgumentsThereIsNoEngine() {
        assertThat(LaunchArguments.parse()).isEqualTo(new LaunchArguments(Optional.empty(), 0, List.of()));
    }

    @Test
    void unknownFlagsAreKeptAsideNotMistakenForTheAddress() {
        assertThat(LaunchArguments.parse("--root=/x", "127.0.0.1:3"))
                .isEqualTo(new LaunchArguments(Optional.of("127.0.0.1:3"), 0, List.of("--root=/x")));
    }
}
