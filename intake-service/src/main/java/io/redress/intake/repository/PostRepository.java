package io.redress.intake.repository;

import java.util.Optional;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Post;
import io.redress.intake.model.PostStatus;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    public Optional<Post> findByExternalId(Channel channel, String externalId) {
        return find("channel = ?1 and externalId = ?2", channel, externalId).firstResultOptional();
    }

    public List<Post> search(PostStatus status, Channel channel, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (channel != null) {
            query.append(" and channel = :channel");
            parameters.and("channel", channel);
        }
        return find(query + " order by receivedAt desc", parameters).page(0, limit).list();
    }

    public List<Post> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by receivedAt", customerId);
    }

    /** Locks the post so a conversion by an operator and one by triage's score cannot both happen. */
    public Optional<Post> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
