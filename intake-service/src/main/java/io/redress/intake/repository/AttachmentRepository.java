package io.redress.intake.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.intake.model.Attachment;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, Long> {

    public List<Attachment> ofMessages(Collection<UUID> messageIds) {
        return messageIds.isEmpty() ? List.of() : list("messageId in ?1 order by id", messageIds);
    }
}
