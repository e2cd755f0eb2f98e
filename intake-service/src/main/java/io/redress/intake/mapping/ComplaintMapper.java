package io.redress.intake.mapping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.events.v1.ComplaintReceived;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.Visibility;
import io.redress.intake.rest.ComplaintView;
import io.redress.intake.rest.NewComplaint;

@ApplicationScoped
public class ComplaintMapper {

    public Complaint toComplaint(NewComplaint submitted, Instant now) {
        var complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.channel = submitted.channel();
        complaint.externalId = submitted.externalId().strip();
        complaint.authorHandle = submitted.author().handle().strip();
        complaint.authorDisplayName = submitted.author().displayName();
        complaint.authorEmail = submitted.author().email();
        complaint.authorFollowers = submitted.author().followers();
        complaint.text = submitted.text();
        complaint.visibility = submitted.visibility() != null ? submitted.visibility()
                : submitted.channel().isPrivateByNature() ? Visibility.PRIVATE : Visibility.PUBLIC;
        complaint.url = submitted.url();
        complaint.inReplyTo = submitted.inReplyTo();
        // PostgreSQL keeps microseconds; the event must carry what the table holds.
        complaint.receivedAt = (submitted.receivedAt() != null ? submitted.receivedAt() : now).truncatedTo(ChronoUnit.MICROS);
        complaint.createdAt = now;
        return complaint;
    }

    public ComplaintView toView(Complaint complaint) {
        return new ComplaintView(complaint.id, complaint.channel, complaint.externalId,
                new ComplaintView.Author(complaint.authorHandle, complaint.authorDisplayName, complaint.authorEmail,
                        complaint.authorFollowers),
                complaint.text, complaint.visibility, complaint.url, complaint.inReplyTo, complaint.receivedAt,
                complaint.createdAt);
    }

    /** The e-mail address stays in intake: no consumer needs it. */
    public ComplaintReceived toReceived(Complaint complaint) {
        return new ComplaintReceived(complaint.id, complaint.channel.wire(), complaint.externalId,
                new ComplaintReceived.Author(complaint.authorHandle, complaint.authorDisplayName,
                        complaint.authorFollowers),
                complaint.text, complaint.visibility.wire(), complaint.url, complaint.inReplyTo, complaint.receivedAt,
                null, null, null);
    }
}
