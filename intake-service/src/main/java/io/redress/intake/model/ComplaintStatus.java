package io.redress.intake.model;

/** Whether a complaint's conversation is still going; follow-up's case states decide it. */
public enum ComplaintStatus {
    OPEN, CLOSED
}
