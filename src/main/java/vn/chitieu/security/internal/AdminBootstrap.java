package vn.chitieu.security.internal;

import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.chitieu.security.Role;

/**
 * On the first start (no admin account yet), creates {@code admin} with the password in
 * {@code chitieu.admin.password} (or {@code CHITIEU_ADMIN_PASSWORD}); without one, with a generated
 * password that is written once to the log, since nobody could sign in otherwise.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final MessageSource messages;
    private final String configuredPassword;

    AdminBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder, MessageSource messages,
            @Value("${chitieu.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.messages = messages;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (accounts.findByUsername(USERNAME).isPresent()) {
            log.warn("No account has the ADMIN role, and the username '{}' is taken: no administrator was created", USERNAME);
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? Secrets.password(AccountAdministration.GENERATED_PASSWORD_LENGTH) : configuredPassword;
        try {
            String displayName = messages.getMessage("security.admin.displayName", null, Locale.forLanguageTag("vi"));
            accounts.insert(USERNAME, displayName, Role.ADMIN, null, passwordEncoder.encode(password), Clock.systemUTC().instant());
        } catch (DuplicateKeyException e) {
            return; // another instance starting at the same time created it
        }
        if (generated) {
            log.warn("Mật khẩu quản trị (admin) / admin password: {} — đổi ngay sau khi đăng nhập / change it after signing in", password);
        } else {
            log.info("Created the account '{}' with the password from chitieu.admin.password", USERNAME);
        }
    }
}
