package io.redress.intake.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.ComplaintStatus;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    public Optional<Complaint> findByExternalId(Channel channel, String externalId) {
        return find("channel = ?1 and externalId = ?2", channel, externalId).firstResultOptional();
    }

    /** The customer's open complaint on this channel whose conversation was active since {@code since}. */
    public Optional<Complaint> activeSince(UUID customerId, Channel channel, Instant since) {
        return find("customerId = ?1 and currentChannel = ?2 and status = ?3 and lastMessageAt >= ?4 order by lastMessageAt desc",
                customerId, channel, ComplaintStatus.OPEN, since).firstResultOptional();
    }

    public long countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }

    public List<Complaint> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by receivedAt", customerId);
    }

    public void moveAll(UUID fromCustomer, UUID toCustomer) {
        update("customerId = ?1 where customerId = ?2", toCustomer, fromCustomer);
    }

    public Optional<Complaint> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
