package io.redress.intake.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.CustomerErased;
import io.redress.intake.mapping.ComplaintMapper;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.Customer;
import io.redress.intake.outbox.Outbox;
import io.redress.intake.repository.AttachmentRepository;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.repository.CustomerRepository;
import io.redress.intake.repository.IdentityRepository;
import io.redress.intake.repository.MessageRepository;
import io.redress.intake.repository.PostRepository;

/**
 * The customer's rights over what intake holds: an export of everything, and erasure of the personal data
 * (texts, names, handles, addresses, attachment names) while the audit trail keeps that it happened. Provider
 * ids stay, so a redelivered item is still recognised and not taken in again.
 */
@ApplicationScoped
public class Privacy {

    static final String ERASED = "[erased]";

    private final Customers customers;
    private final CustomerRepository customerRows;
    private final IdentityRepository identities;
    private final ComplaintRepository complaints;
    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final PostRepository posts;
    private final AuditTrail audit;
    private final Outbox outbox;

    Privacy(Customers customers, CustomerRepository customerRows, IdentityRepository identities, ComplaintRepository complaints,
            MessageRepository messages, AttachmentRepository attachments, PostRepository posts, AuditTrail audit,
            Outbox outbox) {
        this.customers = customers;
        this.customerRows = customerRows;
        this.identities = identities;
        this.complaints = complaints;
        this.messages = messages;
        this.attachments = attachments;
        this.posts = posts;
        this.audit = audit;
        this.outbox = outbox;
    }

    public record Erasure(UUID customerId, List<UUID> complaintIds, Instant erasedAt) {
    }

    public CustomerExport export(UUID customerId, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = customers.existing(customerId);
            List<Complaint> held = complaints.ofCustomer(customer.id);
            var threads = new ArrayList<CustomerExport.ComplaintExport>();
            for (Complaint complaint : held) {
                var thread = messages.thread(complaint.id);
                threads.add(new CustomerExport.ComplaintExport(complaint, thread,
                        attachments.ofMessages(thread.stream().map(m -> m.id).toList()), audit.ofComplaint(complaint.id)));
            }
            audit.record(null, customer.id, actor, "exported", null, Map.of("complaints", held.size()));
            return new CustomerExport(customer, identities.ofCustomer(customer.id), threads, posts.ofCustomer(customer.id),
                    audit.ofCustomer(customer.id));
        });
    }

    /** Erasing twice changes nothing the second time and publishes nothing more. */
    public Erasure erase(UUID customerId, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = customers.existing(customerId);
            List<UUID> complaintIds = complaints.ofCustomer(customer.id).stream().map(c -> c.id).toList();
            if (customer.erasedAt != null) {
                return new Erasure(customer.id, complaintIds, customer.erasedAt);
            }
            Instant now = ComplaintMapper.stored(Instant.now());
            if (!complaintIds.isEmpty()) {
                complaints.update("authorHandle = ?1, authorDisplayName = null, authorEmail = null, text = ?1, url = null"
                        + " where id in ?2", ERASED, complaintIds);
                List<UUID> messageIds = messages.list("complaintId in ?1", complaintIds).stream().map(m -> m.id).toList();
                messages.update("text = ?1, authorHandle = null, authorKey = null, url = null where complaintId in ?2", ERASED,
                        complaintIds);
                if (!messageIds.isEmpty()) {
                    attachments.update("name = null where messageId in ?1", messageIds);
                }
            }
            posts.update("authorHandle = ?1, authorKey = null, authorDisplayName = null, text = ?1, url = null"
                    + " where customerId = ?2", ERASED, customer.id);
            identities.delete("customerId", customer.id);
            customer.displayName = null;
            customer.erasedAt = now;
            customerRows.update("displayName = null, erasedAt = ?1 where mergedInto = ?2", now, customer.id);
            audit.record(null, customer.id, actor, "customer-erased", null,
                    Map.of("complaints", complaintIds.size(), "erasedAt", now.toString()));
            for (UUID complaintId : complaintIds) {
                audit.record(complaintId, customer.id, actor, "customer-erased", null, Map.of("customerId", customer.id.toString()));
            }
            outbox.add(CustomerErased.TOPIC, CustomerErased.TYPE, CustomerErased.SCHEMA, customer.id.toString(),
                    new CustomerErased(customer.id, complaintIds, now));
            return new Erasure(customer.id, complaintIds, now);
        });
    }
}
