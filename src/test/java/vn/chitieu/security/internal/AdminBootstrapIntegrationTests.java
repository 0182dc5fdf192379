package vn.chitieu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.security.Role;

@IntegrationTest
class AdminBootstrapIntegrationTests {
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void createsTheAdminWithTheConfiguredPasswordOnTheFirstStart() {
        AccountUser admin = accounts.signInDetails("admin").orElseThrow();

        assertThat(admin.actor().role()).isEqualTo(Role.ADMIN);
        assertThat(admin.actor().unitCode()).isNull();
        assertThat(admin.getPassword()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("test-admin-password", admin.getPassword())).isTrue();
    }

    @Test
    void leavesAnExistingAdminAsItIsOnLaterStarts() throws Exception {
        String before = accounts.signInDetails("admin").orElseThrow().getPassword();
        long admins = adminCount();

        bootstrap.run(null);

        assertThat(accounts.signInDetails("admin").orElseThrow().getPassword()).isEqualTo(before);
        assertThat(adminCount()).isEqualTo(admins);
    }

    private long adminCount() {
        return jdbc.sql("SELECT count(*) FROM account WHERE role = 'ADMIN'").query(Long.class).single();
    }

    /** Runs in a transaction that is rolled back, so the admins are back for the other tests. */
    @Test
    @Transactional
    void logsAGeneratedPasswordOnceWhenNoneIsConfigured() {
        jdbc.sql("UPDATE account SET username = 'former-admin' WHERE username = 'admin'").update();
        jdbc.sql("UPDATE account SET role = 'COUNCIL_MEMBER' WHERE role = 'ADMIN'").update();
        Logger logger = (Logger) LoggerFactory.getLogger(AdminBootstrap.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        try {
            AdminBootstrap withoutPassword = new AdminBootstrap(accounts, passwordEncoder, messages, "");
            withoutPassword.run(null);
            withoutPassword.run(null);
        } finally {
            logger.detachAppender(log);
            logger.setLevel(level);
        }

        List<ILoggingEvent> warnings = log.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
        assertThat(warnings).hasSize(1);
        Matcher password = Pattern.compile("admin password: (\\S+) — đổi ngay").matcher(warnings.get(0).getFormattedMessage());
        assertThat(password.find()).isTrue();
        assertThat(password.group(1)).hasSize(20);
        AccountUser admin = accounts.signInDetails("admin").orElseThrow();
        assertThat(passwordEncoder.matches(password.group(1), admin.getPassword())).isTrue();
        assertThat(admin.actor().displayName()).isEqualTo("Quản trị hệ thống");
    }
}
