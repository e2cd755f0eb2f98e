package io.redress.followup.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a case's timeline: who did what, when and why. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    public Instant at;

    /** transition, message, reply, delivery, assignment, escalation, follow-up, remedy, sla, incident, csat, triage. */
    public String kind;

    public String actor;

    @Column(name = "from_state")
    public String fromState;

    @Column(name = "to_state")
    public String toState;

    public String reason;

    public String text;

    public String visibility;

    /** The message, reply, remedy or follow-up this entry is about. */
    @Column(name = "ref_id")
    public UUID refId;
}
