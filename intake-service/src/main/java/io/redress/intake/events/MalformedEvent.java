package io.redress.intake.events;

/** An event that can never be handled as it is: it goes to the dead-letter topic, not back for retries. */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }

    public MalformedEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
