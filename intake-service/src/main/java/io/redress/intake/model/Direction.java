package io.redress.intake.model;

/** Who wrote a message: the customer (inbound) or the brand (outbound). */
public enum Direction {
    INBOUND, OUTBOUND
}
