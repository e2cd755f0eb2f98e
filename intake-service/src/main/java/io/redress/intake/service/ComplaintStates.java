package io.redress.intake.service;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.CaseStateChanged;
import io.redress.intake.mapping.ComplaintMapper;
import io.redress.intake.model.ComplaintStatus;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.repository.ProcessedEvents;

/**
 * Follows the case of each complaint just enough for threading: closed starts the reopen period, reopened ends it.
 * Events of one complaint arrive in order (keyed by complaint id); one that names an unknown complaint is ignored.
 */
@ApplicationScoped
public class ComplaintStates {

    private final ComplaintRepository complaints;
    private final ProcessedEvents processed;
    private final AuditTrail audit;

    ComplaintStates(ComplaintRepository complaints, ProcessedEvents processed, AuditTrail audit) {
        this.complaints = complaints;
        this.processed = processed;
        this.audit = audit;
    }

    public void changed(String eventId, CaseStateChanged change) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.firstTime(eventId)) {
                return;
            }
            complaints.lock(change.complaintId()).ifPresent(complaint -> {
                ComplaintStatus before = complaint.status;
                if (change.to().equals("closed")) {
                    complaint.status = ComplaintStatus.CLOSED;
                    complaint.closedAt = ComplaintMapper.stored(change.at() != null ? change.at() : Instant.now());
                } else if (change.to().equals("reopened")) {
                    complaint.status = ComplaintStatus.OPEN;
                    complaint.closedAt = null;
                } else {
                    return;
                }
                if (before != complaint.status) {
                    audit.record(complaint.id, complaint.customerId, change.actor(), "status-changed",
                            Map.of("status", before.name().toLowerCase()),
                            Map.of("status", complaint.status.name().toLowerCase(), "caseState", change.to()));
                }
            });
        });
    }
}
