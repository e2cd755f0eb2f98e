package io.redress.intake.service;

/** The change is not allowed in the current state: 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
