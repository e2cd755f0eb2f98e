package io.redress.bench;

/** A failure the operator can act on; {@link Bench} prints its message as one line, without a stack trace. */
public class BenchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
