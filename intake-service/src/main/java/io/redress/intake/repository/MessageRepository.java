package io.redress.intake.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Direction;
import io.redress.intake.model.Message;
import io.redress.intake.model.Visibility;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    public Optional<Message> findByExternalId(Channel channel, String externalId) {
        return find("channel = ?1 and externalId = ?2", channel, externalId).firstResultOptional();
    }

    /** The newest message, in or out, that one of these provider ids names: the item being replied to. */
    public Optional<Message> newestReferenced(Channel channel, Collection<String> externalIds) {
        return find("channel = ?1 and externalId in ?2 order by receivedAt desc", channel, externalIds)
                .firstResultOptional();
    }

    public Optional<Message> newestInThread(Channel channel, String threadKey) {
        return find("channel = ?1 and threadKey = ?2 order by receivedAt desc", channel, threadKey).firstResultOptional();
    }

    public List<Message> thread(UUID complaintId) {
        return list("complaintId = ?1 order by receivedAt, createdAt", complaintId);
    }

    public List<Message> privateOnes(UUID complaintId) {
        return list("complaintId = ?1 and visibility = ?2", complaintId, Visibility.PRIVATE);
    }

    public Optional<Message> newestInbound(UUID complaintId, Channel channel) {
        return find("complaintId = ?1 and channel = ?2 and direction = ?3 order by receivedAt desc", complaintId, channel,
                Direction.INBOUND).firstResultOptional();
    }

    public Optional<Message> newestInbound(UUID complaintId, Channel channel, Visibility visibility) {
        return find("complaintId = ?1 and channel = ?2 and direction = ?3 and visibility = ?4 order by receivedAt desc",
                complaintId, channel, Direction.INBOUND, visibility).firstResultOptional();
    }

    public Optional<Message> findByReplyId(UUID replyId) {
        return find("replyId", replyId).firstResultOptional();
    }
}
