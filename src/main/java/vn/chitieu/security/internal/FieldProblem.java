package vn.chitieu.security.internal;

/** One thing wrong with a submitted field: the field's name and the message key that says what. */
public record FieldProblem(String field, String code) {}
