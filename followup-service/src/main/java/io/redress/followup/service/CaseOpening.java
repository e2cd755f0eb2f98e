package io.redress.followup.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.events.v1.CaseOpened;
import io.redress.events.v1.ComplaintTriaged;
import io.redress.followup.mapping.CaseMapper;
import io.redress.followup.model.CaseState;
import io.redress.followup.model.SlaClock;
import io.redress.followup.model.SupportCase;
import io.redress.followup.outbox.Outbox;
import io.redress.followup.repository.CaseFilter;
import io.redress.followup.repository.CaseRepository;

/**
 * Opens one case per triaged complaint on its first triage, with its clocks running from when the customer
 * wrote, and applies later revisions (priority, team, SLA policy, playbook, incident) to the open case.
 */
@ApplicationScoped
public class CaseOpening {

    private static final Set<String> URGENT = Set.of("P1", "P2");

    private final CaseRepository cases;
    private final SlaPolicy sla;
    private final SlaClocks clocks;
    private final CaseMapper mapper;
    private final Outbox outbox;
    private final Timeline timeline;
    private final CustomerMessages messages;
    private final ObjectMapper json;
    private final CaseConfig config;

    CaseOpening(CaseRepository cases, SlaPolicy sla, SlaClocks clocks, CaseMapper mapper, Outbox outbox,
            Timeline timeline, CustomerMessages messages, ObjectMapper json, CaseConfig config) {
        this.cases = cases;
        this.sla = sla;
        this.clocks = clocks;
        this.mapper = mapper;
        this.outbox = outbox;
        this.timeline = timeline;
        this.messages = messages;
        this.json = json;
        this.config = config;
    }

    /** In the caller's transaction, with the event already known to be new. Lower or equal revisions change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ComplaintTriaged triaged) {
        int revision = triaged.revision() == null ? 1 : triaged.revision();
        Optional<SupportCase> existing = cases.lockByComplaint(triaged.complaintId());
        if (existing.isEmpty()) {
            open(triaged, revision);
        } else if (revision > existing.get().triageRevision) {
            revise(existing.get(), triaged, revision);
        }
    }

    private void open(ComplaintTriaged triaged, int revision) {
        var opened = new SupportCase();
        opened.id = UUID.randomUUID();
        opened.complaintId = triaged.complaintId();
        opened.state = CaseState.NEW;
        opened.channel = triaged.channel();
        opened.visibility = triaged.visibility();
        opened.language = triaged.language();
        opened.receivedAt = triaged.receivedAt();
        opened.openedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        opened.badStart = URGENT.contains(triaged.priority()) || "aggressive".equals(triaged.complainerType())
                || (triaged.anger() != null && triaged.anger() >= config.badStartAnger());
        decide(opened, triaged, revision);
        cases.persist(opened);
        clocks.start(opened, SlaClock.FIRST_RESPONSE, opened.firstResponseTarget, opened.receivedAt);
        clocks.start(opened, SlaClock.RESOLUTION, opened.resolutionTarget, opened.receivedAt);
        timeline.record(opened, "opened", "triage", "triaged " + triaged.priority(), opened.openedAt);
        outbox.add(CaseOpened.TOPIC, CaseOpened.TYPE, CaseOpened.SCHEMA, opened.complaintId.toString(),
                mapper.toOpened(opened));
        messages.applyWaiting(opened);
    }

    private void revise(SupportCase supportCase, ComplaintTriaged triaged, int revision) {
        Instant now = Instant.now();
        decide(supportCase, triaged, revision);
        clocks.retarget(supportCase, SlaClock.FIRST_RESPONSE, supportCase.firstResponseTarget, now);
        clocks.retarget(supportCase, SlaClock.NEXT_RESPONSE, supportCase.nextResponseTarget, now);
        clocks.retarget(supportCase, SlaClock.RESOLUTION, supportCase.resolutionTarget, now);
        String by = triaged.correctedBy() == null ? "triage" : triaged.correctedBy();
        timeline.record(supportCase, "triage", by,
                "revision " + revision + ": " + triaged.priority() + ", team " + supportCase.team, now);
    }

    /** What triage decides about the case: priority, team, targets, calendar, playbook, incident. */
    private void decide(SupportCase supportCase, ComplaintTriaged triaged, int revision) {
        supportCase.triageRevision = revision;
        supportCase.priority = triaged.priority();
        supportCase.team = triaged.team() != null ? triaged.team() : supportCase.team;
        supportCase.category = triaged.category();
        supportCase.incidentId = triaged.incidentId() != null ? triaged.incidentId() : supportCase.incidentId;
        supportCase.playbook = triaged.playbook() == null ? supportCase.playbook : toJson(triaged.playbook());
        ComplaintTriaged.SlaPolicy policy = triaged.slaPolicy();
        String priority = triaged.priority();
        supportCase.slaPolicy = policy == null ? "priority-" + priority : policy.name();
        supportCase.calendar = policy == null ? sla.calendarFor(supportCase.team) : policy.calendar();
        supportCase.firstResponseTarget = seconds(policy == null ? sla.firstResponseFor(priority)
                : Duration.parse(policy.firstResponse()));
        supportCase.nextResponseTarget = seconds(policy == null ? sla.nextResponseFor(priority)
                : Duration.parse(policy.nextResponse()));
        supportCase.resolutionTarget = seconds(policy == null ? sla.resolutionFor(priority)
                : Duration.parse(policy.resolution()));
    }

    private static long seconds(Duration target) {
        return target.toSeconds();
    }

    private String toJson(List<ComplaintTriaged.PlaybookStep> playbook) {
        try {
            return json.writeValueAsString(playbook);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Playbook cannot be written as JSON", e);
        }
    }

    public Optional<SupportCase> find(UUID id) {
        return cases.findByIdOptional(id);
    }

    public List<SupportCase> forComplaint(UUID complaintId) {
        return cases.findByComplaint(complaintId).stream().toList();
    }

    public List<SupportCase> newest(int limit) {
        return cases.newest(limit);
    }

    public List<SupportCase> search(CaseFilter filter) {
        return cases.search(filter, Instant.now());
    }
}
