package vn.chitieu.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the account behind a username for a password sign-in, and stores a re-encoded hash when the
 * password encoder's default changes (say from bcrypt to Argon2).
 */
final class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {
    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.signInDetails(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        AccountUser account = (AccountUser) user;
        accounts.setPassword(account.actor().accountId(), newPasswordHash);
        return accounts.signInDetails(account.getUsername()).orElseThrow();
    }
}
