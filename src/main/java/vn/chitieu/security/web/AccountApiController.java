package vn.chitieu.security.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.security.CurrentActor;
import vn.chitieu.security.internal.Account;
import vn.chitieu.security.internal.AccountAdministration;
import vn.chitieu.security.internal.AccountAdministration.WithPassword;
import vn.chitieu.security.internal.NewAccount;

/**
 * Accounts through the API, for administrators only (the filter chain answers 404 to anyone else).
 * A created or reset account comes back with its password, which is not shown again.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountApiController {
    private final AccountAdministration administration;

    AccountApiController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    List<Account> list() {
        return administration.list();
    }

    @GetMapping("/{id}")
    ResponseEntity<Account> get(@PathVariable long id) {
        return ResponseEntity.of(administration.find(id));
    }

    @PostMapping
    ResponseEntity<WithPassword> create(@RequestBody NewAccount request) {
        WithPassword created = administration.create(request);
        return ResponseEntity.created(URI.create("/api/accounts/" + created.account().id())).body(created);
    }

    @PostMapping("/{id}/disable")
    ResponseEntity<Account> disable(@PathVariable long id) {
        return ResponseEntity.of(administration.setEnabled(CurrentActor.get().orElseThrow(), id, false));
    }

    @PostMapping("/{id}/enable")
    ResponseEntity<Account> enable(@PathVariable long id) {
        return ResponseEntity.of(administration.setEnabled(CurrentActor.get().orElseThrow(), id, true));
    }

    @PostMapping("/{id}/password")
    ResponseEntity<WithPassword> resetPassword(@PathVariable long id) {
        return ResponseEntity.of(administration.resetPassword(id));
    }
}
