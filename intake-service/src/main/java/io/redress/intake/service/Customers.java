package io.redress.intake.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.intake.model.Customer;
import io.redress.intake.model.CustomerIdentity;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.repository.CustomerRepository;
import io.redress.intake.repository.IdentityRepository;
import io.redress.intake.repository.PostRepository;

/** Finds the one customer behind an author's identities; links identities and merges customers, audited. */
@ApplicationScoped
public class Customers {

    private final CustomerRepository customers;
    private final IdentityRepository identities;
    private final ComplaintRepository complaints;
    private final PostRepository posts;
    private final AuditTrail audit;

    Customers(CustomerRepository customers, IdentityRepository identities, ComplaintRepository complaints,
            PostRepository posts, AuditTrail audit) {
        this.customers = customers;
        this.identities = identities;
        this.complaints = complaints;
        this.posts = posts;
        this.audit = audit;
    }

    /**
     * The customer one of these identities already belongs to (the most stable identity wins), else a new one;
     * identities not yet known are linked to that customer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Customer resolve(List<Identities.Identity> shown, String displayName) {
        Customer customer = shown.stream()
                .map(identity -> identities.find(identity.kind(), identity.value()))
                .flatMap(Optional::stream)
                .findFirst()
                .map(identity -> customers.findById(identity.customerId))
                .orElseGet(() -> create(displayName));
        for (Identities.Identity identity : shown) {
            if (identities.find(identity.kind(), identity.value()).isEmpty()) {
                add(customer.id, identity);
            }
        }
        return customer;
    }

    public Optional<Customer> find(UUID id) {
        return customers.findByIdOptional(id);
    }

    public List<CustomerIdentity> identitiesOf(UUID customerId) {
        return identities.ofCustomer(customerId);
    }

    /** Links an identity to a customer; one that belongs to someone else is a conflict (merge them instead). */
    @Transactional
    public CustomerIdentity link(UUID customerId, String kind, String value, String actor) {
        Customer customer = existing(customerId);
        Identities.Identity identity = Identities.normalise(kind, value);
        Optional<CustomerIdentity> known = identities.find(identity.kind(), identity.value());
        if (known.isPresent()) {
            if (!known.get().customerId.equals(customer.id)) {
                throw new Conflict("This identity belongs to customer " + known.get().customerId + "; merge the customers instead");
            }
            return known.get();
        }
        CustomerIdentity linked = add(customer.id, identity);
        audit.record(null, customer.id, actor, "identity-linked", null, Map.of("kind", identity.kind()));
        return linked;
    }

    /** Moves every identity, complaint and post of {@code from} to {@code into}; {@code from} remains as a pointer. */
    @Transactional
    public Customer merge(UUID intoId, UUID fromId, String actor) {
        if (intoId.equals(fromId)) {
            throw new Conflict("A customer cannot be merged into itself");
        }
        Customer into = existing(intoId);
        Customer from = existing(fromId);
        identities.moveAll(from.id, into.id);
        complaints.moveAll(from.id, into.id);
        posts.update("customerId = ?1 where customerId = ?2", into.id, from.id);
        from.mergedInto = into.id;
        audit.record(null, into.id, actor, "customer-merged", Map.of("customerId", from.id.toString()),
                Map.of("customerId", into.id.toString()));
        audit.record(null, from.id, actor, "customer-merged", Map.of("customerId", from.id.toString()),
                Map.of("mergedInto", into.id.toString()));
        return into;
    }

    /** The customer a merged id now points to. */
    public Customer existing(UUID id) {
        Customer customer = customers.findByIdOptional(id).orElseThrow(() -> new NotFound("No customer " + id));
        return customer.mergedInto == null ? customer : existing(customer.mergedInto);
    }

    private Customer create(String displayName) {
        var customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.displayName = displayName;
        customer.createdAt = Instant.now();
        customers.persist(customer);
        return customer;
    }

    private CustomerIdentity add(UUID customerId, Identities.Identity identity) {
        var linked = new CustomerIdentity();
        linked.customerId = customerId;
        linked.kind = identity.kind();
        linked.value = identity.value();
        linked.createdAt = Instant.now();
        identities.persist(linked);
        return linked;
    }
}
