package vn.chitieu.security.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.security.Actor;

/**
 * What an administrator does with accounts (create, disable, enable, reset a password: never delete,
 * since values and approvals keep their author), and what a person does with their own password.
 */
@Service
public class AccountAdministration {
    /** Long enough for a generated password to resist guessing without any lock. */
    public static final int GENERATED_PASSWORD_LENGTH = 20;

    private final AccountRepository accounts;
    private final AdministrativeUnits units;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final Clock clock = Clock.systemUTC();

    AccountAdministration(AccountRepository accounts, AdministrativeUnits units, PasswordEncoder passwordEncoder,
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    /** An account just created or given a new password, with that password, which is shown only this once. */
    public record WithPassword(Account account, String password) {}

    public List<Account> list() {
        return accounts.all();
    }

    public Optional<Account> find(long id) {
        return accounts.find(id);
    }

    @Transactional
    public WithPassword create(NewAccount request) {
        List<FieldProblem> problems = new ArrayList<>(request.problems(units::find));
        if (problems.stream().noneMatch(p -> p.field().equals("username"))
                && accounts.findByUsername(request.normalizedUsername()).isPresent()) {
            problems.add(new FieldProblem("username", "security.account.username.taken"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        String password = Secrets.password(GENERATED_PASSWORD_LENGTH);
        try {
            long id = accounts.insert(request.normalizedUsername(), request.trimmedDisplayName(), request.parsedRole().orElseThrow(),
                    request.trimmedUnitCode(), passwordEncoder.encode(password), clock.instant());
            return new WithPassword(accounts.find(id).orElseThrow(), password);
        } catch (DuplicateKeyException e) {
            throw new RejectedInput("username", "security.account.username.taken");
        }
    }

    /** Disables or enables an account; a disabled account's sessions end at once. Nobody may disable themselves. */
    @Transactional
    public Optional<Account> setEnabled(Actor by, long id, boolean enabled) {
        if (!enabled && by.accountId() == id) {
            throw new RejectedInput("account", "security.account.cannotDisableSelf");
        }
        if (!accounts.setEnabled(id, enabled)) {
            return Optional.empty();
        }
        Account account = accounts.find(id).orElseThrow();
        if (!enabled) {
            endSessions(account);
        }
        return Optional.of(account);
    }

    /** Gives the account a new generated password and ends its sessions. */
    @Transactional
    public Optional<WithPassword> resetPassword(long id) {
        return accounts.find(id).map(account -> {
            String password = Secrets.password(GENERATED_PASSWORD_LENGTH);
            accounts.setPassword(id, passwordEncoder.encode(password));
            endSessions(account);
            return new WithPassword(account, password);
        });
    }

    @Transactional
    public void changeOwnPassword(Actor actor, PasswordChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        String current = change.currentPassword() == null ? "" : change.currentPassword();
        if (!passwordEncoder.matches(current, accounts.passwordHash(actor.accountId()))) {
            problems.add(new FieldProblem("currentPassword", "security.password.wrongCurrent"));
        }
        problems.addAll(change.problems(actor.username()));
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        accounts.setPassword(actor.accountId(), passwordEncoder.encode(change.newPassword()));
    }

    private void endSessions(Account account) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(account.username()).keySet().forEach(repository::deleteById);
        }
    }
}
