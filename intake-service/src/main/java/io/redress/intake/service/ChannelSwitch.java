package io.redress.intake.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.ComplaintStatus;
import io.redress.intake.model.CustomerIdentity;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.rest.ChannelSwitchRequest;

/**
 * Moves a conversation from a public channel to e-mail, phone or a direct message; the complaint stays one
 * thread. The handoff is audited and the customer is told in public, with a fixed text that holds nothing private.
 */
@ApplicationScoped
public class ChannelSwitch {

    public static final String PUBLIC_NOTICE = "We have sent you a private message so we can sort this out with you directly.";

    private final ComplaintRepository complaints;
    private final Customers customers;
    private final AuditTrail audit;
    private final Replies replies;

    ChannelSwitch(ComplaintRepository complaints, Customers customers, AuditTrail audit, Replies replies) {
        this.complaints = complaints;
        this.customers = customers;
        this.audit = audit;
        this.replies = replies;
    }

    public Complaint switchTo(UUID complaintId, ChannelSwitchRequest request, String actor) {
        Complaint complaint = QuarkusTransaction.requiringNew().call(() -> {
            Complaint locked = complaints.lock(complaintId).orElseThrow(() -> new NotFound("No complaint " + complaintId));
            if (locked.status == ComplaintStatus.CLOSED) {
                throw new Conflict("Complaint " + complaintId + " is closed");
            }
            Channel from = locked.currentChannel;
            Channel to = target(locked, request, actor);
            locked.currentChannel = to;
            audit.record(locked.id, locked.customerId, actor, "channel-switched",
                    Map.of("channel", from.wire()), Map.of("channel", to.wire(), "mode", request.to()));
            return locked;
        });
        if (!complaint.channel.isPrivateByNature()) {
            replies.notify(complaint.id, PUBLIC_NOTICE, actor);
        }
        return complaint;
    }

    private Channel target(Complaint complaint, ChannelSwitchRequest request, String actor) {
        return switch (request.to()) {
            case "email" -> {
                ensureIdentity(complaint, Identities.EMAIL, request.email(), "email", actor);
                yield Channel.EMAIL;
            }
            case "phone" -> {
                ensureIdentity(complaint, Identities.PHONE, request.phone(), "phone", actor);
                yield Channel.PHONE;
            }
            default -> directMessagesOf(complaint.channel)
                    .orElseThrow(() -> new Conflict("There are no direct messages on " + complaint.channel.wire()));
        };
    }

    /** Where a public conversation continues in private on the same platform. */
    static Optional<Channel> directMessagesOf(Channel channel) {
        return switch (channel) {
            case X, INSTAGRAM, MESSENGER -> Optional.of(channel);
            case FACEBOOK -> Optional.of(Channel.MESSENGER);
            default -> Optional.empty();
        };
    }

    private void ensureIdentity(Complaint complaint, String kind, String given, String field, String actor) {
        if (given != null && !given.isBlank()) {
            customers.link(complaint.customerId, kind, given, actor);
            return;
        }
        boolean known = customers.identitiesOf(complaint.customerId).stream().map((CustomerIdentity i) -> i.kind)
                .anyMatch(kind::equals);
        if (!known) {
            throw new InvalidInput(400, "invalid-field", "Invalid request", field,
                    "is required: intake has no " + field + " for this customer");
        }
    }
}
