package vn.chitieu.security;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chitieu.security.internal.AccountRepository;

/** Creates accounts with known passwords and names no other test uses, straight in the database. */
public final class TestAccounts {
    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;

    public TestAccounts(ApplicationContext context) {
        this.accounts = context.getBean(AccountRepository.class);
        this.passwordEncoder = context.getBean(PasswordEncoder.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A new account's username; its password is {@link #PASSWORD}. */
    public String create(Role role, String unitCode) {
        TestUnits.insert(jdbc);
        String username = role.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        accounts.insert(username, "Người thử " + username, role, unitCode, passwordEncoder.encode(PASSWORD), Instant.now());
        return username;
    }

    public long id(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }
}
