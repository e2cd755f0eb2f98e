package io.redress.followup.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.CaseOpened;
import io.redress.events.v1.ComplaintTriaged;
import io.redress.followup.mapping.CaseMapper;
import io.redress.followup.model.CaseState;
import io.redress.followup.model.SupportCase;
import io.redress.followup.outbox.Outbox;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.repository.ProcessedEvents;

/** Opens one case per triaged complaint, with its first-response clock running from the complaint. */
@ApplicationScoped
public class CaseOpening {

    private final CaseRepository cases;
    private final ProcessedEvents processed;
    private final SlaPolicy sla;
    private final CaseMapper mapper;
    private final Outbox outbox;

    CaseOpening(CaseRepository cases, ProcessedEvents processed, SlaPolicy sla, CaseMapper mapper, Outbox outbox) {
        this.cases = cases;
        this.processed = processed;
        this.sla = sla;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    /**
     * The case, the processed-event record and the outgoing event commit together. A later triage of the same
     * complaint (a re-triage) does not open a second case. Retried outside the transaction for passing faults.
     */
    @Retry(maxRetries = 5, delay = 200, jitter = 100)
    public void open(String eventId, ComplaintTriaged triaged) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.firstTime(eventId) || cases.findByComplaint(triaged.complaintId()).isPresent()) {
                return;
            }
            var opened = new SupportCase();
            opened.id = UUID.randomUUID();
            opened.complaintId = triaged.complaintId();
            opened.priority = triaged.priority();
            opened.state = CaseState.NEW;
            opened.channel = triaged.channel();
            opened.visibility = triaged.visibility();
            opened.language = triaged.language();
            opened.receivedAt = triaged.receivedAt();
            opened.openedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            opened.firstResponseDueAt = triaged.receivedAt().plus(sla.firstResponseFor(triaged.priority()));
            cases.persist(opened);
            outbox.add(CaseOpened.TOPIC, CaseOpened.TYPE, CaseOpened.SCHEMA, opened.complaintId.toString(),
                    mapper.toOpened(opened));
        });
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
}
