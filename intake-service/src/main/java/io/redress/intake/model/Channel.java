package io.redress.intake.model;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a complaint was made. The wire form is the lower-case name. */
public enum Channel {
    X, FACEBOOK, INSTAGRAM, MESSENGER, YOUTUBE, BLOG, FORUM, REVIEW, EMAIL, WEBFORM, PHONE, CHAT, OTHER;

    public static final String ALLOWED = Arrays.stream(values()).map(Channel::wire).collect(Collectors.joining(", "));

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Channel fromWire(String value) {
        return Arrays.stream(values())
                .filter(channel -> channel.wire().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not one of: " + ALLOWED));
    }

    /** Channels on which what a customer writes is seen only by the brand. */
    public boolean isPrivateByNature() {
        return this == EMAIL || this == WEBFORM || this == PHONE || this == MESSENGER || this == CHAT;
    }
}
