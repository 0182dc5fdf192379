package vn.chitieu.security.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chitieu.security.Actor;
import vn.chitieu.security.ActorPrincipal;
import vn.chitieu.security.Role;

/**
 * The principal of every kind of sign-in. It is kept in the session table, so it holds plain values
 * only; the password hash is erased once the sign-in has been checked.
 */
public final class AccountUser implements UserDetails, ActorPrincipal, CredentialsContainer, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final String unitCode;
    private final boolean enabled;
    private String passwordHash;

    public AccountUser(Account account, String passwordHash) {
        this.accountId = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.unitCode = account.unitCode();
        this.enabled = account.enabled();
        this.passwordHash = passwordHash;
    }

    @Override
    public Actor actor() {
        return new Actor(accountId, username, displayName, role, unitCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountUser[" + username + ", " + role + "]";
    }
}
