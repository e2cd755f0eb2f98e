package io.redress.followup.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.followup.model.Reply;

@ApplicationScoped
public class ReplyRepository implements PanacheRepositoryBase<Reply, UUID> {

    public List<Reply> ofCase(UUID caseId) {
        return list("caseId = ?1 and text is not null order by requestedAt", caseId);
    }
}
