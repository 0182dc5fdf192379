package vn.chitieu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailureCounterTests {
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final FailureCounter counter = new FailureCounter(5, Duration.ofMinutes(15), clock);

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            counter.fail(name);
        }
    }

    @Test
    void locksANameForFifteenMinutesAtItsFifthFailure() {
        fail("khong-co", 4);
        assertThat(counter.lockedUntil("khong-co")).isEmpty();

        counter.fail("khong-co");

        assertThat(counter.lockedUntil("khong-co")).contains(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void unlocksWhenTheFifteenMinutesAreOverAndCountsAfreshFromThere() {
        fail("khong-co", 5);
        now = START.plus(Duration.ofMinutes(15)).plusSeconds(1);

        assertThat(counter.lockedUntil("khong-co")).isEmpty();
        fail("khong-co", 4);
        assertThat(counter.lockedUntil("khong-co")).isEmpty();
    }

    @Test
    void countsEachNameApart() {
        fail("mot", 4);
        fail("hai", 4);

        assertThat(counter.lockedUntil("mot")).isEmpty();
        assertThat(counter.lockedUntil("hai")).isEmpty();
    }

    @Test
    void forgetsTheFailuresOfANameThatSignedIn() {
        fail("mot", 4);
        counter.forget("mot");
        counter.fail("mot");

        assertThat(counter.lockedUntil("mot")).isEmpty();
        assertThat(counter.size()).isEqualTo(1);
    }

    @Test
    void keepsItsMemoryBoundedByDroppingStaleNamesWhenFull() {
        for (int i = 0; i < 10_000; i++) {
            counter.fail("ten-" + i);
        }
        now = START.plus(Duration.ofHours(1));

        counter.fail("moi");

        assertThat(counter.size()).isEqualTo(1);
    }
}
