package io.redress.triage.service;

/** A change the current state does not allow (resolving a resolved incident): 409. */
public class IllegalStateChange extends RuntimeException {

    public IllegalStateChange(String message) {
        super(message);
    }
}
