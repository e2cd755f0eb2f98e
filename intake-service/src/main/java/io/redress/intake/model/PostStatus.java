package io.redress.intake.model;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A public mention is new until an operator, a rule or triage's score converts it, or an operator dismisses it. */
public enum PostStatus {
    NEW, CONVERTED, DISMISSED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static PostStatus fromWire(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wire().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not one of: new, converted, dismissed"));
    }
}
