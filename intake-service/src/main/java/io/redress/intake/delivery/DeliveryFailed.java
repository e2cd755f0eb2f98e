package io.redress.intake.delivery;

/** A provider refused a reply; {@code retryable} when trying again may help (timeouts, 429, 5xx). */
public class DeliveryFailed extends RuntimeException {

    private final boolean retryable;

    public DeliveryFailed(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
