package io.redress.followup.service;

/** The request is well formed but something the rules need is missing; answered with 409 naming the field. */
public class MissingPrecondition extends RuntimeException {

    private final String field;

    public MissingPrecondition(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
