package io.redress.followup.service;

/** The request clashes with what the case or record already is (409), or asks for something used up (410). */
public class Conflict extends RuntimeException {

    private final int status;
    private final String field;

    public Conflict(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
