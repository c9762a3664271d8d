package com.pulumi.wellarchitected.emulator.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Emulator time: real time plus an offset that tests move forward to make invitations expire and shares associate. */
public final class EmulatorClock {
    private final Clock realTime;
    private volatile long offsetMillis;

    public EmulatorClock(Clock realTime) {
        this.realTime = realTime;
    }

    public Instant now() {
        return realTime.instant().plusMillis(offsetMillis);
    }

    public synchronized void advance(Duration duration) {
        offsetMillis += duration.toMillis();
    }

    public void reset() {
        offsetMillis = 0;
    }

    public long offsetMillis() {
        return offsetMillis;
    }

    public void setOffsetMillis(long offsetMillis) {
        this.offsetMillis = offsetMillis;
    }
}
