package vn.chitieu.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Something asked for is not there, said in the reader's language: {@code throw new
 * NotFound("unit.notFound", code)}. The API answers a 404 problem whose detail is the message
 * {@code messageKey} (from the message bundles) with {@code args}; a page answers with the 404 page
 * showing that message. Use it too for what exists but is outside the person's scope, so that a
 * request leaks nothing.
 */
public class NotFound extends ResponseStatusException {

    public NotFound(String messageKey, Object... args) {
        super(HttpStatus.NOT_FOUND, messageKey, null, messageKey, args);
    }
}
