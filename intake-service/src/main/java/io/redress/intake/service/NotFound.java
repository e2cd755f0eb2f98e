package io.redress.intake.service;

/** The id names nothing intake holds: 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
