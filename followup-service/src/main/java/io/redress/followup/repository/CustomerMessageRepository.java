package io.redress.followup.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.followup.model.CustomerMessage;

@ApplicationScoped
public class CustomerMessageRepository implements PanacheRepositoryBase<CustomerMessage, UUID> {

    public List<CustomerMessage> waitingFor(UUID complaintId) {
        return list("complaintId = ?1 and applied = false order by receivedAt", complaintId);
    }

    public List<CustomerMessage> privateOnes(UUID complaintId) {
        return list("complaintId = ?1 and visibility = 'private' and text is not null", complaintId);
    }
}
