package vn.chitieu.search;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A search that cannot be run as asked (no query, a limit out of range), said in the reader's language from the messages. */
public class SearchRefused extends ResponseStatusException {

    public SearchRefused(String messageKey, Object... args) {
        super(HttpStatus.BAD_REQUEST, messageKey, null, messageKey, args);
    }

    public String messageKey() {
        return getReason();
    }

    public Object[] args() {
        return getDetailMessageArguments();
    }
}
