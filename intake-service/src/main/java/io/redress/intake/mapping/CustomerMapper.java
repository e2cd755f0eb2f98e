package io.redress.intake.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.intake.model.Customer;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.repository.IdentityRepository;
import io.redress.intake.rest.CustomerView;

@ApplicationScoped
public class CustomerMapper {

    private final IdentityRepository identities;
    private final ComplaintRepository complaints;

    CustomerMapper(IdentityRepository identities, ComplaintRepository complaints) {
        this.identities = identities;
        this.complaints = complaints;
    }

    public CustomerView toView(Customer customer) {
        return new CustomerView(customer.id, customer.displayName,
                identities.ofCustomer(customer.id).stream()
                        .map(identity -> new CustomerView.Identity(identity.kind, identity.value)).toList(),
                complaints.ofCustomer(customer.id).stream()
                        .map(complaint -> new CustomerView.ComplaintSummary(complaint.id, complaint.channel,
                                complaint.status.name().toLowerCase(), complaint.receivedAt, complaint.linkedComplaintId))
                        .toList(),
                customer.erasedAt);
    }
}
