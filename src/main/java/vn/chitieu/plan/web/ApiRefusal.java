package vn.chitieu.plan.web;

import org.springframework.http.HttpStatus;

/**
 * A request the resolution API turns down for a reason of its own (no If-Match, a file too large):
 * the status to answer and the message keys {@code api.problem.<kind>.title} and {@code .detail}.
 */
class ApiRefusal extends RuntimeException {
    private final HttpStatus status;
    private final String kind;
    private final transient Object[] args;

    ApiRefusal(HttpStatus status, String kind, Object... args) {
        super(kind);
        this.status = status;
        this.kind = kind;
        this.args = args.clone();
    }

    HttpStatus status() {
        return status;
    }

    String kind() {
        return kind;
    }

    Object[] args() {
        return args.clone();
    }
}
