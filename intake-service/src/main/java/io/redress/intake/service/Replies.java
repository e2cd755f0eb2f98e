package io.redress.intake.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.ReplyDelivered;
import io.redress.events.v1.ReplyRequested;
import io.redress.intake.delivery.DeliveryConfig;
import io.redress.intake.delivery.DeliveryFailed;
import io.redress.intake.delivery.Providers;
import io.redress.intake.delivery.Target;
import io.redress.intake.events.MalformedEvent;
import io.redress.intake.mapping.ComplaintMapper;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.Direction;
import io.redress.intake.model.Message;
import io.redress.intake.model.Visibility;
import io.redress.intake.outbox.Outbox;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.repository.MessageRepository;
import io.redress.intake.repository.ProcessedEvents;

/**
 * Delivers replies on the complaint's channel through the provider, retrying with backoff, and records the
 * result in the thread and the audit trail and, for replies follow-up asked for, as a ReplyDelivered event. A
 * reply is delivered once per reply id; a crash between sending and recording can send it twice.
 */
@ApplicationScoped
public class Replies {

    private static final Logger LOG = Logger.getLogger(Replies.class);

    private final ComplaintRepository complaints;
    private final MessageRepository messages;
    private final ReplyRouting routing;
    private final PrivateData privateData;
    private final Providers providers;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final DeliveryConfig config;

    Replies(ComplaintRepository complaints, MessageRepository messages, ReplyRouting routing, PrivateData privateData,
            Providers providers, AuditTrail audit, Outbox outbox, ProcessedEvents processed, DeliveryConfig config) {
        this.complaints = complaints;
        this.messages = messages;
        this.routing = routing;
        this.privateData = privateData;
        this.providers = providers;
        this.audit = audit;
        this.outbox = outbox;
        this.processed = processed;
        this.config = config;
    }

    /** One reply: what follow-up asked for, or a notice of intake's own (no case, no event). */
    record Reply(UUID replyId, UUID caseId, UUID complaintId, Visibility visibility, String text, String actor,
            String eventId) {
    }

    record Result(Target target, String externalId, String failure, int attempts) {
    }

    public void deliver(String eventId, ReplyRequested request) {
        send(new Reply(request.replyId(), request.caseId(), request.complaintId(), Visibility.fromWire(request.visibility()),
                request.text(), request.requestedBy(), eventId));
    }

    /** A public notice of intake's own, such as "we have sent you a message" after a channel switch. */
    public void notify(UUID complaintId, String text, String actor) {
        send(new Reply(UUID.randomUUID(), null, complaintId, Visibility.PUBLIC, text, actor, null));
    }

    private void send(Reply reply) {
        Optional<Target> planned = QuarkusTransaction.requiringNew().call(() -> plan(reply));
        if (planned.isEmpty()) {
            return;
        }
        Result result = attempt(planned.get(), reply.text());
        QuarkusTransaction.requiringNew().run(() -> record(reply, result));
    }

    /** Where the reply goes, or empty if it was delivered before; a refusal is recorded at once. */
    private Optional<Target> plan(Reply reply) {
        if (messages.findByReplyId(reply.replyId()).isPresent()
                || reply.eventId() != null && !processed.firstTime(reply.eventId())) {
            return Optional.empty();
        }
        Complaint complaint = complaints.findByIdOptional(reply.complaintId())
                .orElseThrow(() -> new MalformedEvent("reply " + reply.replyId() + " is for a complaint intake does not hold"));
        Target target;
        try {
            target = routing.route(complaint, reply.visibility());
        } catch (DeliveryFailed e) {
            record(reply, new Result(null, null, e.getMessage(), 0));
            return Optional.empty();
        }
        if (reply.visibility() == Visibility.PUBLIC && privateData.revealedBy(reply.text(), complaint).isPresent()) {
            record(reply, new Result(target, null, "refused: the public reply contains private data from the conversation", 0));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private Result attempt(Target target, String text) {
        long wait = config.backoff().toMillis();
        for (int attempt = 1;; attempt++) {
            try {
                return new Result(target, providers.send(target, text), null, attempt);
            } catch (DeliveryFailed e) {
                if (!e.retryable() || attempt >= config.maxAttempts()) {
                    return new Result(target, null, e.getMessage(), attempt);
                }
                LOG.infof("Reply on %s failed (%s); attempt %d of %d in %d ms", target.channel().wire(), e.getMessage(),
                        attempt + 1, config.maxAttempts(), wait);
                sleep(wait);
                wait *= 2;
            }
        }
    }

    private void record(Reply reply, Result result) {
        Complaint complaint = complaints.findById(reply.complaintId());
        boolean sent = result.failure() == null;
        var message = new Message();
        message.id = UUID.randomUUID();
        message.complaintId = complaint.id;
        message.direction = Direction.OUTBOUND;
        message.visibility = result.target() != null ? result.target().visibility() : reply.visibility();
        message.channel = result.target() != null ? result.target().channel() : complaint.currentChannel;
        message.externalId = result.externalId();
        message.replyId = reply.replyId();
        message.authorHandle = reply.actor();
        message.text = reply.text();
        message.delivery = sent ? Message.Delivery.SENT : Message.Delivery.FAILED;
        message.failure = result.failure();
        message.attempts = result.attempts();
        message.receivedAt = ComplaintMapper.stored(Instant.now());
        message.createdAt = message.receivedAt;
        messages.persist(message);
        var after = new LinkedHashMap<String, Object>();
        after.put("messageId", message.id.toString());
        after.put("replyId", reply.replyId().toString());
        after.put("channel", message.channel.wire());
        after.put("visibility", message.visibility.wire());
        after.put("attempts", result.attempts());
        if (!sent) {
            after.put("reason", result.failure());
        }
        audit.record(complaint.id, complaint.customerId, reply.actor(), sent ? "reply-sent" : "reply-failed", null, after);
        if (reply.caseId() != null) {
            outbox.add(ReplyDelivered.TOPIC, ReplyDelivered.TYPE, ReplyDelivered.SCHEMA, complaint.id.toString(),
                    new ReplyDelivered(reply.replyId(), reply.caseId(), complaint.id, sent ? "sent" : "failed",
                            message.channel.wire(), result.externalId(), result.failure(), result.attempts(),
                            message.receivedAt));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted while waiting to retry", false);
        }
    }
}
