package io.redress.intake.service;

import java.util.List;

import io.redress.intake.model.Attachment;
import io.redress.intake.model.AuditEntry;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.Customer;
import io.redress.intake.model.CustomerIdentity;
import io.redress.intake.model.Message;
import io.redress.intake.model.Post;

/** Everything intake holds about one customer, as stored. */
public record CustomerExport(
        Customer customer,
        List<CustomerIdentity> identities,
        List<ComplaintExport> complaints,
        List<Post> posts,
        List<AuditEntry> audit) {

    public record ComplaintExport(Complaint complaint, List<Message> messages, List<Attachment> attachments,
            List<AuditEntry> audit) {
    }
}
