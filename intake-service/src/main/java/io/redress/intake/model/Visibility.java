package io.redress.intake.model;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether anyone but the brand can read a message. Private text never reaches anything public. */
public enum Visibility {
    PUBLIC, PRIVATE;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Visibility fromWire(String value) {
        return Arrays.stream(values())
                .filter(visibility -> visibility.wire().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not one of: public, private"));
    }
}
