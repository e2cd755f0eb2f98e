package io.redress.intake.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.ComplaintReceived;
import io.redress.events.v1.PostReceived;
import io.redress.intake.mapping.ComplaintMapper;
import io.redress.intake.model.Attachment;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.ComplaintStatus;
import io.redress.intake.model.Customer;
import io.redress.intake.model.IgnoredInbound;
import io.redress.intake.model.Message;
import io.redress.intake.model.Post;
import io.redress.intake.model.PostStatus;
import io.redress.intake.outbox.Outbox;
import io.redress.intake.repository.AttachmentRepository;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.repository.IgnoredInboundRepository;
import io.redress.intake.repository.MessageRepository;
import io.redress.intake.repository.PostRepository;

/**
 * Takes every inbound item in, in one transaction with its event: a duplicate changes nothing, a continuation
 * joins (or reopens) its complaint, anything else opens a complaint or, for a public mention, is kept as a post.
 */
@ApplicationScoped
public class Intake {

    private static final int ATTEMPTS = 3;

    private final ComplaintRepository complaints;
    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final PostRepository posts;
    private final IgnoredInboundRepository ignored;
    private final Customers customers;
    private final Conversations conversations;
    private final PostRules rules;
    private final ComplaintMapper mapper;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final IntakeConfig config;

    Intake(ComplaintRepository complaints, MessageRepository messages, AttachmentRepository attachments,
            PostRepository posts, IgnoredInboundRepository ignored, Customers customers, Conversations conversations,
            PostRules rules, ComplaintMapper mapper, AuditTrail audit, Outbox outbox, IntakeConfig config) {
        this.complaints = complaints;
        this.messages = messages;
        this.attachments = attachments;
        this.posts = posts;
        this.ignored = ignored;
        this.customers = customers;
        this.conversations = conversations;
        this.rules = rules;
        this.mapper = mapper;
        this.audit = audit;
        this.outbox = outbox;
        this.config = config;
    }

    public Taken take(Inbound arrived) {
        Inbound item = withReceivedAt(arrived);
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> takeOnce(item));
            } catch (PersistenceException e) {
                // A concurrent delivery of the same item, or a new identity of the same customer, committed first:
                // the next attempt sees it.
                if (!isUniqueViolation(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Records an item that is deliberately not taken in; a redelivery finds the record and changes nothing. */
    public Taken ignore(Inbound arrived, String reason) {
        Inbound item = withReceivedAt(arrived);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!ignored.contains(item.channel(), item.externalId())) {
                var record = new IgnoredInbound();
                record.channel = item.channel();
                record.externalId = item.externalId();
                record.reason = reason;
                record.receivedAt = item.receivedAt();
                ignored.persist(record);
            }
            return new Taken(Taken.Outcome.IGNORED, null, null, null);
        });
    }

    public Optional<Complaint> find(UUID id) {
        return complaints.findByIdOptional(id);
    }

    private Taken takeOnce(Inbound item) {
        Optional<Taken> known = alreadyTaken(item);
        if (known.isPresent()) {
            return known.get();
        }
        Customer customer = customers.resolve(Identities.of(item.channel(), item.author()), item.author().displayName());
        Optional<Complaint> continued = conversations.continuedBy(item, customer);
        if (continued.isPresent()) {
            return join(continued.get(), item, customer);
        }
        if (item.route() == Inbound.Route.MENTION) {
            return keep(item, customer);
        }
        Complaint complaint = open(item, customer.id, null);
        return new Taken(Taken.Outcome.OPENED, complaint, null, null);
    }

    private Optional<Taken> alreadyTaken(Inbound item) {
        if (ignored.contains(item.channel(), item.externalId())) {
            return Optional.of(new Taken(Taken.Outcome.IGNORED, null, null, null));
        }
        Optional<Message> message = messages.findByExternalId(item.channel(), item.externalId());
        if (message.isPresent()) {
            return Optional.of(new Taken(Taken.Outcome.DUPLICATE, complaints.findById(message.get().complaintId), null,
                    message.get().id));
        }
        return posts.findByExternalId(item.channel(), item.externalId())
                .map(post -> new Taken(Taken.Outcome.DUPLICATE,
                        post.complaintId == null ? null : complaints.findById(post.complaintId), post, null));
    }

    private Taken join(Complaint complaint, Inbound item, Customer customer) {
        complaints.lock(complaint.id);
        if (complaint.status == ComplaintStatus.OPEN) {
            Message message = add(complaint, item, false);
            return new Taken(Taken.Outcome.ADDED, complaint, null, message.id);
        }
        if (!item.receivedAt().isAfter(complaint.closedAt.plus(config.threading().reopenPeriod()))) {
            complaint.status = ComplaintStatus.OPEN;
            complaint.closedAt = null;
            audit.record(complaint.id, complaint.customerId, item.actor(), "reopened", Map.of("status", "closed"),
                    Map.of("status", "open"));
            Message message = add(complaint, item, true);
            return new Taken(Taken.Outcome.REOPENED, complaint, null, message.id);
        }
        return new Taken(Taken.Outcome.OPENED, open(item, customer.id, complaint.id), null, null);
    }

    /** Opens a complaint whose first message is {@code item}, publishing ComplaintReceived. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint open(Inbound item, UUID customerId, UUID linkedComplaintId) {
        int prior = (int) complaints.countOfCustomer(customerId);
        Complaint complaint = mapper.toComplaint(withReceivedAt(item), customerId, linkedComplaintId, now());
        complaints.persist(complaint);
        complaints.flush();
        Message message = store(withReceivedAt(item), complaint.id);
        var after = new LinkedHashMap<String, Object>();
        after.put("status", "open");
        after.put("channel", complaint.channel.wire());
        after.put("messageId", message.id.toString());
        if (linkedComplaintId != null) {
            after.put("linkedComplaintId", linkedComplaintId.toString());
        }
        audit.record(complaint.id, customerId, item.actor(), "opened", null, after);
        outbox.add(ComplaintReceived.TOPIC, ComplaintReceived.TYPE, ComplaintReceived.SCHEMA, complaint.id.toString(),
                mapper.toReceived(complaint, prior));
        return complaint;
    }

    private Message add(Complaint complaint, Inbound item, boolean reopened) {
        Message message = store(item, complaint.id);
        if (item.receivedAt().isAfter(complaint.lastMessageAt)) {
            complaint.lastMessageAt = item.receivedAt();
        }
        audit.record(complaint.id, complaint.customerId, item.actor(), "message-received", null,
                Map.of("messageId", message.id.toString(), "channel", message.channel.wire(),
                        "visibility", message.visibility.wire()));
        outbox.add(ComplaintMessageAdded.TOPIC, ComplaintMessageAdded.TYPE, ComplaintMessageAdded.SCHEMA,
                complaint.id.toString(), mapper.toMessageAdded(message, item, reopened));
        return message;
    }

    private Message store(Inbound item, UUID complaintId) {
        Message message = mapper.toMessage(item, complaintId, now());
        messages.persist(message);
        for (Inbound.AttachmentInfo info : item.attachments()) {
            var attachment = new Attachment();
            attachment.messageId = message.id;
            attachment.name = info.name();
            attachment.contentType = info.contentType();
            attachment.size = info.size();
            attachment.sha256 = info.sha256();
            attachments.persist(attachment);
        }
        messages.flush();
        return message;
    }

    private Taken keep(Inbound item, Customer customer) {
        Post post = mapper.toPost(item, customer.id, now());
        posts.persist(post);
        posts.flush();
        outbox.add(PostReceived.TOPIC, PostReceived.TYPE, PostReceived.SCHEMA, post.id.toString(),
                mapper.toPostReceived(post));
        if (rules.matchesKeywords(post.text)) {
            Complaint complaint = convert(post, "rule:keywords");
            return new Taken(Taken.Outcome.OPENED, complaint, post, null);
        }
        return new Taken(Taken.Outcome.POSTED, null, post, null);
    }

    /** Turns a post into a complaint, once: a converted post answers with its complaint. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint convert(Post post, String actor) {
        if (post.complaintId != null) {
            return complaints.findById(post.complaintId);
        }
        Complaint complaint = open(mapper.fromPost(post, actor), post.customerId, null);
        audit.record(complaint.id, complaint.customerId, actor, "post-converted",
                Map.of("postId", post.id.toString(), "status", post.status.wire()),
                Map.of("postId", post.id.toString(), "status", "converted"));
        post.status = PostStatus.CONVERTED;
        post.complaintId = complaint.id;
        return complaint;
    }

    private static Inbound withReceivedAt(Inbound item) {
        Instant receivedAt = ComplaintMapper.stored(item.receivedAt() != null ? item.receivedAt() : Instant.now());
        return new Inbound(item.channel(), item.externalId(), item.author(), item.text(), item.visibility(), item.url(),
                item.references(), item.threadKey(), receivedAt, item.attachments(), item.route(), item.actor());
    }

    private static Instant now() {
        return ComplaintMapper.stored(Instant.now());
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
