package vn.chitieu.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.chitieu.security.Actor;

/**
 * Personal API tokens: a person creates one on their profile page (or by the API), sees it once,
 * and scripts then authenticate with it as that person until it is revoked. Only its SHA-256 is kept.
 */
@Service
public class ApiTokens {
    public static final int NAME_MAX = 100;
    /** A token in constant use would otherwise write a row on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock = Clock.systemUTC();

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** A token just created; {@code token} is shown this once and cannot be seen again. */
    public record Created(long id, String name, String token) {}

    public Created create(Actor owner, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new RejectedInput("name", "security.token.name.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new RejectedInput("name", "security.token.name.tooLong");
        }
        String token = Secrets.token();
        long id = tokens.insert(owner.accountId(), trimmed, Secrets.tokenHash(token), clock.instant());
        return new Created(id, trimmed, token);
    }

    public List<ApiToken> of(Actor owner) {
        return tokens.ofAccount(owner.accountId());
    }

    /** False when the owner has no token with that id. */
    public boolean revoke(Actor owner, long id) {
        return tokens.revoke(id, owner.accountId(), clock.instant());
    }

    /** The account a presented token stands for, if the token is known, not revoked, and its account enabled. */
    public Optional<AccountUser> authenticate(String token) {
        return tokens.findActive(Secrets.tokenHash(token)).flatMap(active -> {
            Instant now = clock.instant();
            if (active.lastUsedAt() == null || active.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
                tokens.touch(active.id(), now);
            }
            return accounts.find(active.accountId()).filter(Account::enabled).map(account -> new AccountUser(account, null));
        });
    }
}
