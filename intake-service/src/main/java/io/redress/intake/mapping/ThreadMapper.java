package io.redress.intake.mapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.intake.model.Attachment;
import io.redress.intake.model.AuditEntry;
import io.redress.intake.model.Message;
import io.redress.intake.model.Post;
import io.redress.intake.rest.AuditView;
import io.redress.intake.rest.ComplaintView;
import io.redress.intake.rest.PostView;
import io.redress.intake.rest.ThreadView;

@ApplicationScoped
public class ThreadMapper {

    public ThreadView toThread(UUID complaintId, boolean publicOnly, List<Message> messages, List<Attachment> attachments) {
        Map<UUID, List<Attachment>> byMessage = attachments.stream().collect(Collectors.groupingBy(a -> a.messageId));
        List<ThreadView.Item> items = messages.stream()
                .map(message -> toItem(message, byMessage.getOrDefault(message.id, List.of())))
                .toList();
        return new ThreadView(complaintId, publicOnly ? "public" : "all", items);
    }

    private static ThreadView.Item toItem(Message message, List<Attachment> attachments) {
        return new ThreadView.Item(message.id, message.direction.name().toLowerCase(), message.visibility, message.channel,
                message.authorHandle, message.text, message.url, message.receivedAt,
                message.delivery == null ? null : message.delivery.name().toLowerCase(),
                attachments.stream().map(a -> new ThreadView.AttachmentView(a.name, a.contentType, a.size, a.sha256)).toList());
    }

    public PostView toView(Post post) {
        return new PostView(post.id, post.channel, post.externalId,
                new ComplaintView.Author(post.authorHandle, post.authorDisplayName, null, post.authorFollowers), post.text,
                post.url, post.status, post.complaintId, post.receivedAt);
    }

    public AuditView toView(AuditEntry entry) {
        return new AuditView(entry.id, entry.complaintId, entry.customerId, entry.actor, entry.action, entry.before,
                entry.after, entry.at);
    }
}
