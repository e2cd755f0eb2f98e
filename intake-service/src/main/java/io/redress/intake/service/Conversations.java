package io.redress.intake.service;

import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.intake.model.Complaint;
import io.redress.intake.model.Customer;
import io.redress.intake.model.Message;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.repository.MessageRepository;
import io.redress.intake.repository.PostRepository;

/**
 * Finds the complaint an inbound item continues, most certain clue first: the item it answers (a tweet, a
 * comment, an e-mail, one of our replies), the provider's conversation key, then the same customer writing again
 * on the same channel within the threading window.
 */
@ApplicationScoped
public class Conversations {

    private final MessageRepository messages;
    private final PostRepository posts;
    private final ComplaintRepository complaints;
    private final IntakeConfig config;

    Conversations(MessageRepository messages, PostRepository posts, ComplaintRepository complaints, IntakeConfig config) {
        this.messages = messages;
        this.posts = posts;
        this.complaints = complaints;
        this.config = config;
    }

    public Optional<Complaint> continuedBy(Inbound item, Customer customer) {
        if (!item.references().isEmpty()) {
            Optional<Complaint> answered = messages.newestReferenced(item.channel(), item.references())
                    .map(message -> complaints.findById(message.complaintId))
                    .or(() -> convertedPost(item));
            if (answered.isPresent()) {
                return answered;
            }
        }
        if (item.threadKey() != null) {
            Optional<Message> inThread = messages.newestInThread(item.channel(), item.threadKey());
            if (inThread.isPresent()) {
                return Optional.of(complaints.findById(inThread.get().complaintId));
            }
        }
        if (item.route() == Inbound.Route.COMPLAINT) {
            return Optional.empty();
        }
        return complaints.activeSince(customer.id, item.channel(), item.receivedAt().minus(config.threading().window()));
    }

    private Optional<Complaint> convertedPost(Inbound item) {
        return item.references().stream()
                .map(reference -> posts.findByExternalId(item.channel(), reference))
                .flatMap(Optional::stream)
                .map(post -> post.complaintId)
                .filter(Objects::nonNull)
                .findFirst()
                .map(complaints::findById);
    }
}
