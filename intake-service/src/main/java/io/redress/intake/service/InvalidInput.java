package io.redress.intake.service;

/** Input a channel adapter cannot take (bad signature, unreadable payload, unknown charset): a 4xx naming the field. */
public class InvalidInput extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String field;

    public InvalidInput(int status, String type, String title, String field, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
    }

    public static InvalidInput malformed(String field, String message) {
        return new InvalidInput(400, "malformed-payload", "Malformed payload", field, message);
    }

    public static InvalidInput unauthenticated(String field, String message) {
        return new InvalidInput(401, "bad-signature", "Unauthorized", field, message);
    }

    public static InvalidInput notConfigured(String field) {
        return new InvalidInput(503, "not-configured", "Service Unavailable", field, "is not configured for this environment");
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
