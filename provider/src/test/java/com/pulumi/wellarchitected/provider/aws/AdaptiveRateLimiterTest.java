package com.pulumi.wellarchitected.provider.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveRateLimiterTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(TimeUnit.SECONDS.toNanos(100));
    private final AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(now::get);

    @Test
    void neverThrottledRequestsGoAtOnce() {
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.reserve()).isZero();
            limiter.answered();
        }
        assertThat(limiter.rate()).isInfinite();
    }

    @Test
    void firstThrottlingPacesRequestsUnderWhatTheBurstSent() {
        for (int i = 0; i < 200; i++) {
            limiter.reserve();
        }
        limiter.throttled(now.get());

        // A quarter of the 200 sent stands in for what the API lets through; the limiter paces at 90 % of it.
        assertThat(limiter.rate()).isCloseTo(45, within(0.01));
        long first = limiter.reserve();
        long second = limiter.reserve();
        assertThat(second - first).isCloseTo(1_000 * MS / 45, within(1L));
    }

    @Test
    void laterThrottlingCutsToWhatTheApiAnsweredInTheLastSecond() {
        for (int i = 0; i < 200; i++) {
            limiter.reserve();
        }
        limiter.throttled(now.get());
        now.addAndGet(2_000 * MS);
        for (int i = 0; i < 40; i++) {
            now.addAndGet(25 * MS);
            limiter.reserve();
            limiter.answered();
        }

        limiter.throttled(now.get());

        // About 40 answers in the last second (the window moves in steps of 100 ms): 90 % of that.
        assertThat(limiter.rate()).isBetween(0.9 * 36, 0.9 * 40);
    }

    @Test
    void throttlingOfRequestsSentBeforeACutDoesNotCutAgain() {
        long burst = now.get();
        for (int i = 0; i < 200; i++) {
            limiter.reserve();
        }
        now.addAndGet(10 * MS);
        limiter.throttled(burst);
        double afterCut = limiter.rate();

        now.addAndGet(300 * MS);
        limiter.throttled(burst);
        limiter.throttled(burst);

        assertThat(limiter.rate()).isEqualTo(afterCut);
        limiter.throttled(now.get() - MS);
        assertThat(limiter.rate()).isLessThan(afterCut);
    }

    @Test
    void answersRaiseThePacedRateSlowly() {
        for (int i = 0; i < 200; i++) {
            limiter.reserve();
        }
        limiter.throttled(now.get());

        for (int i = 0; i < 50; i++) {
            limiter.answered();
        }

        assertThat(limiter.rate()).isCloseTo(46, within(0.01));
    }

    @Test
    void throttlingThatComesAtAnyRateStopsCuttingAtTheFloor() {
        for (int i = 0; i < 200; i++) {
            limiter.reserve();
        }
        for (int cut = 0; cut < 30; cut++) {
            now.addAndGet(100 * MS);
            limiter.reserve();
            limiter.answered();
            limiter.throttled(now.get());
        }

        assertThat(limiter.rate()).isEqualTo(AdaptiveRateLimiter.MIN_RATE);
    }

    @Test
    void anIdleLimiterGivesNoBurstCredit() {
        for (int i = 0; i < 40; i++) {
            limiter.reserve();
        }
        limiter.throttled(now.get());
        now.addAndGet(10_000 * MS);

        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo((long) (1_000 * MS / limiter.rate()));
    }
}
