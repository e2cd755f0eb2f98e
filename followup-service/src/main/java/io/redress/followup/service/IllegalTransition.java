package io.redress.followup.service;

import java.util.List;

/** A state change the case's life does not allow from where it stands; answered with 409 naming the allowed ones. */
public class IllegalTransition extends RuntimeException {

    private final List<String> allowed;

    public IllegalTransition(String message, List<String> allowed) {
        super(message);
        this.allowed = allowed;
    }

    public List<String> allowed() {
        return allowed;
    }
}
