package io.redress.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.ComplaintReceived;
import io.redress.intake.mapping.ComplaintMapper;
import io.redress.intake.model.Complaint;
import io.redress.intake.outbox.Outbox;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.rest.NewComplaint;

/** Takes complaints in: each provider item becomes exactly one stored complaint and one published event. */
@ApplicationScoped
public class Intake {

    private final ComplaintRepository complaints;
    private final ComplaintMapper mapper;
    private final Outbox outbox;
    private final Clock clock;

    Intake(ComplaintRepository complaints, ComplaintMapper mapper, Outbox outbox) {
        this.complaints = complaints;
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    public record Received(Complaint complaint, boolean isNew) {
    }

    public Received receive(NewComplaint submitted) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> storeOnce(submitted));
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent delivery of the same item committed first: answer with that one.
            return new Received(findByExternalId(submitted).orElseThrow(() -> e), false);
        }
    }

    public Optional<Complaint> find(UUID id) {
        return complaints.findByIdOptional(id);
    }

    private Received storeOnce(NewComplaint submitted) {
        Optional<Complaint> known = complaints.findByExternalId(submitted.channel(), submitted.externalId().strip());
        if (known.isPresent()) {
            return new Received(known.get(), false);
        }
        Complaint complaint = mapper.toComplaint(submitted, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        complaints.persist(complaint);
        complaints.flush();
        outbox.add(ComplaintReceived.TOPIC, ComplaintReceived.TYPE, ComplaintReceived.SCHEMA,
                complaint.id.toString(), mapper.toReceived(complaint));
        return new Received(complaint, true);
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Optional<Complaint> findByExternalId(NewComplaint submitted) {
        return QuarkusTransaction.requiringNew()
                .call(() -> complaints.findByExternalId(submitted.channel(), submitted.externalId().strip()));
    }
}
