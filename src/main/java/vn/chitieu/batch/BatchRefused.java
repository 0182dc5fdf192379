package vn.chitieu.batch;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A batch request turned down for a reason a person can act on: the API answers a 400 problem whose
 * detail is the message {@code messageKey} (batch bundle) with {@code args}; a page shows it.
 */
public class BatchRefused extends ResponseStatusException {
    private final String messageKey;
    private final transient Object[] args;

    public BatchRefused(String messageKey, Object... args) {
        super(HttpStatus.BAD_REQUEST, messageKey, null, messageKey, args);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
