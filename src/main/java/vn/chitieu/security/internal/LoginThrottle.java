package vn.chitieu.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Locks a username for 15 minutes after 5 failed sign-ins in a row, by form or HTTP Basic alike. An
 * account keeps its count in the database (so every instance sees it); a username without an account
 * is counted in memory, so the answers are the same whether the account exists or not.
 */
@Component
public class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final AccountRepository accounts;

    private final Clock clock = Clock.systemUTC();
    private final FailureCounter unknownNames = new FailureCounter(MAX_FAILURES, LOCK_DURATION, clock);

    LoginThrottle(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** When the username may try again, if it is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        String name = AccountRepository.normalize(username);
        Optional<Account> account = accounts.findByUsername(name);
        if (account.isPresent()) {
            Instant now = clock.instant();
            return account.get().lockedAt(now) ? Optional.of(account.get().lockedUntil()) : Optional.empty();
        }
        return unknownNames.lockedUntil(name);
    }

    public void failed(String username) {
        String name = AccountRepository.normalize(username);
        if (accounts.addFailedAttempt(name)) {
            accounts.lockIfFailedAtLeast(name, MAX_FAILURES, clock.instant().plus(LOCK_DURATION));
        } else {
            unknownNames.fail(name);
        }
    }

    public void succeeded(String username) {
        String name = AccountRepository.normalize(username);
        accounts.clearFailedAttempts(name);
        unknownNames.forget(name);
    }
}
