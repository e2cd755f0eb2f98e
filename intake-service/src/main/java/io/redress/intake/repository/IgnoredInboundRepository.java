package io.redress.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.intake.model.Channel;
import io.redress.intake.model.IgnoredInbound;

@ApplicationScoped
public class IgnoredInboundRepository implements PanacheRepositoryBase<IgnoredInbound, Long> {

    public boolean contains(Channel channel, String externalId) {
        return count("channel = ?1 and externalId = ?2", channel, externalId) > 0;
    }
}
