package io.redress.intake.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.intake.model.CustomerIdentity;

@ApplicationScoped
public class IdentityRepository implements PanacheRepositoryBase<CustomerIdentity, Long> {

    public Optional<CustomerIdentity> find(String kind, String value) {
        return find("kind = ?1 and value = ?2", kind, value).firstResultOptional();
    }

    public List<CustomerIdentity> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by id", customerId);
    }

    public void moveAll(UUID from, UUID to) {
        update("customerId = ?1 where customerId = ?2", to, from);
    }
}
