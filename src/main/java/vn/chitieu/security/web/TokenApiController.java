package vn.chitieu.security.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;
import vn.chitieu.security.internal.ApiToken;
import vn.chitieu.security.internal.ApiTokens;

/** The caller's own personal API tokens: list, create (the token is in the answer, once), revoke. */
@RestController
@RequestMapping("/api/tokens")
class TokenApiController {
    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ApiToken> list() {
        return tokens.of(caller());
    }

    @PostMapping
    ResponseEntity<ApiTokens.Created> create(@RequestBody NewToken request) {
        ApiTokens.Created created = tokens.create(caller(), request.name());
        return ResponseEntity.created(URI.create("/api/tokens/" + created.id())).body(created);
    }

    /** Revokes the token; it stays in the list with the time it was revoked. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        return tokens.revoke(caller(), id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private static Actor caller() {
        return CurrentActor.get().orElseThrow();
    }
}
