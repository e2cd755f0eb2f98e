package io.redress.followup.rest;

/** A query or path parameter that cannot be understood; answered with 400 naming the parameter. */
public class InvalidParameter extends RuntimeException {

    private final String field;

    public InvalidParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
