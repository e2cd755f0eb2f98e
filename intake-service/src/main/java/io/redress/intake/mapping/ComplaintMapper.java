package io.redress.intake.mapping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.ComplaintReceived;
import io.redress.events.v1.PostReceived;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.ComplaintStatus;
import io.redress.intake.model.Direction;
import io.redress.intake.model.Message;
import io.redress.intake.model.Post;
import io.redress.intake.model.PostStatus;
import io.redress.intake.model.Visibility;
import io.redress.intake.rest.ComplaintView;
import io.redress.intake.rest.NewComplaint;
import io.redress.intake.service.Inbound;

@ApplicationScoped
public class ComplaintMapper {

    /** The generic complaint path: an explicit complaint that joins another only when it answers it. */
    public Inbound toInbound(NewComplaint submitted, String actor) {
        var author = new Inbound.Sender(null, submitted.author().handle().strip(), submitted.author().displayName(),
                submitted.author().followers(), submitted.author().email(), null);
        return new Inbound(submitted.channel(), submitted.externalId().strip(), author, submitted.text(),
                submitted.visibility(), submitted.url(),
                submitted.inReplyTo() == null ? List.of() : List.of(submitted.inReplyTo()), null,
                submitted.receivedAt(), List.of(), Inbound.Route.COMPLAINT, actor);
    }

    public static Visibility visibilityOf(Inbound item) {
        return item.visibility() != null ? item.visibility()
                : item.channel().isPrivateByNature() ? Visibility.PRIVATE : Visibility.PUBLIC;
    }

    public Complaint toComplaint(Inbound item, UUID customerId, UUID linkedComplaintId, Instant now) {
        var complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.channel = item.channel();
        complaint.currentChannel = item.channel();
        complaint.externalId = item.externalId();
        complaint.authorHandle = item.author().handle();
        complaint.authorDisplayName = item.author().displayName();
        complaint.authorEmail = item.author().email();
        complaint.authorFollowers = item.author().followers();
        complaint.text = item.text();
        complaint.visibility = visibilityOf(item);
        complaint.url = item.url();
        complaint.inReplyTo = item.inReplyTo();
        complaint.receivedAt = item.receivedAt();
        complaint.lastMessageAt = item.receivedAt();
        complaint.createdAt = now;
        complaint.customerId = customerId;
        complaint.linkedComplaintId = linkedComplaintId;
        complaint.status = ComplaintStatus.OPEN;
        return complaint;
    }

    public Message toMessage(Inbound item, UUID complaintId, Instant now) {
        var message = new Message();
        message.id = UUID.randomUUID();
        message.complaintId = complaintId;
        message.direction = Direction.INBOUND;
        message.visibility = visibilityOf(item);
        message.channel = item.channel();
        message.externalId = item.externalId();
        message.threadKey = item.threadKey();
        message.inReplyTo = item.inReplyTo();
        message.authorKey = item.author().key() != null ? item.author().key() : item.author().email();
        message.authorHandle = item.author().handle();
        message.text = item.text();
        message.url = item.url();
        message.receivedAt = item.receivedAt();
        message.createdAt = now;
        return message;
    }

    public Post toPost(Inbound item, UUID customerId, Instant now) {
        var post = new Post();
        post.id = UUID.randomUUID();
        post.channel = item.channel();
        post.externalId = item.externalId();
        post.customerId = customerId;
        post.authorKey = item.author().key();
        post.authorHandle = item.author().handle();
        post.authorDisplayName = item.author().displayName();
        post.authorFollowers = item.author().followers();
        post.text = item.text();
        post.url = item.url();
        post.inReplyTo = item.inReplyTo();
        post.threadKey = item.threadKey();
        post.status = PostStatus.NEW;
        post.receivedAt = item.receivedAt();
        post.createdAt = now;
        return post;
    }

    /** A converted post enters the conversation as its first, public message. */
    public Inbound fromPost(Post post, String actor) {
        var author = new Inbound.Sender(post.authorKey, post.authorHandle, post.authorDisplayName, post.authorFollowers,
                null, null);
        return new Inbound(post.channel, post.externalId, author, post.text, Visibility.PUBLIC, post.url,
                post.inReplyTo == null ? List.of() : List.of(post.inReplyTo), post.threadKey, post.receivedAt, List.of(),
                Inbound.Route.COMPLAINT, actor);
    }

    public ComplaintView toView(Complaint complaint) {
        return new ComplaintView(complaint.id, complaint.channel, complaint.externalId,
                new ComplaintView.Author(complaint.authorHandle, complaint.authorDisplayName, complaint.authorEmail,
                        complaint.authorFollowers),
                complaint.text, complaint.visibility, complaint.url, complaint.inReplyTo, complaint.receivedAt,
                complaint.createdAt, complaint.status.name().toLowerCase(), complaint.currentChannel,
                complaint.customerId, complaint.linkedComplaintId);
    }

    /** The e-mail address stays in intake: no consumer needs it. */
    public ComplaintReceived toReceived(Complaint complaint, int priorComplaints) {
        return new ComplaintReceived(complaint.id, complaint.channel.wire(), complaint.externalId,
                author(complaint.authorHandle, complaint.authorDisplayName, complaint.authorFollowers),
                complaint.text, complaint.visibility.wire(), complaint.url, complaint.inReplyTo, complaint.receivedAt,
                complaint.customerId, priorComplaints, complaint.linkedComplaintId);
    }

    public ComplaintMessageAdded toMessageAdded(Message message, Inbound item, boolean reopened) {
        return new ComplaintMessageAdded(message.complaintId, message.id, message.channel.wire(), message.externalId,
                author(item.author().handle(), item.author().displayName(), item.author().followers()), message.text,
                message.visibility.wire(), message.receivedAt, reopened);
    }

    public PostReceived toPostReceived(Post post) {
        return new PostReceived(post.id, post.channel.wire(), post.externalId,
                author(post.authorHandle, post.authorDisplayName, post.authorFollowers), post.text, post.url,
                post.receivedAt);
    }

    /** PostgreSQL keeps microseconds; events must carry what the tables hold. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static ComplaintReceived.Author author(String handle, String displayName, Long followers) {
        return new ComplaintReceived.Author(handle, displayName, followers);
    }
}
