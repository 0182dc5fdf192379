package vn.chitieu.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted in memory, for usernames that have no account: they lock exactly as an
 * account does, so that the answers do not tell which usernames exist.
 */
final class FailureCounter {
    /**
     * Beyond this many names, the ones that neither failed recently nor are locked are forgotten (an
     * account keeps its count until it signs in; memory cannot keep every name ever tried).
     */
    private static final int MAX_NAMES = 10_000;

    private record Entry(int failures, Instant lastFailure, Instant lockedUntil) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;

    FailureCounter(int maxFailures, Duration lockFor, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    Optional<Instant> lockedUntil(String name) {
        Entry entry = entries.get(name);
        return entry == null || entry.lockedUntil() == null || !entry.lockedUntil().isAfter(clock.instant())
                ? Optional.empty()
                : Optional.of(entry.lockedUntil());
    }

    void fail(String name) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_NAMES) {
            forgetStale(now);
        }
        entries.compute(name, (key, entry) -> {
            boolean fresh = entry == null || entry.lockedUntil() != null && !entry.lockedUntil().isAfter(now);
            int failures = (fresh ? 0 : entry.failures()) + 1;
            return failures >= maxFailures ? new Entry(0, now, now.plus(lockFor)) : new Entry(failures, now, null);
        });
    }

    void forget(String name) {
        entries.remove(name);
    }

    int size() {
        return entries.size();
    }

    private void forgetStale(Instant now) {
        entries.values().removeIf(entry -> entry.lastFailure().plus(lockFor).isBefore(now)
                && (entry.lockedUntil() == null || !entry.lockedUntil().isAfter(now)));
        if (entries.size() >= MAX_NAMES) {
            entries.clear();
        }
    }
}
