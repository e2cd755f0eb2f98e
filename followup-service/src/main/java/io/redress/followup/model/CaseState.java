package io.redress.followup.model;

/** Where a case stands. A case starts new; the rest of its life is follow-up's work flow. */
public enum CaseState {
    NEW
}
