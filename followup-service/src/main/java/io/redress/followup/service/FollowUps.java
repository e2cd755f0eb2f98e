package io.redress.followup.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.redress.followup.model.CaseState;
import io.redress.followup.model.FollowUp;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.FollowUpRepository;

/**
 * Check back with both: the customer ("is it solved for you?") after a resolution proposal, and the handler
 * when a case goes quiet or a reply could not be delivered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowUps {

    private final FollowUpRepository followUps;
    private final CaseConfig config;
    private final Drafts drafts;

    FollowUps(FollowUpRepository followUps, CaseConfig config, Drafts drafts) {
        this.followUps = followUps;
        this.config = config;
        this.drafts = drafts;
    }

    public FollowUp schedule(SupportCase supportCase, String kind, Instant due, String text) {
        var followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.caseId = supportCase.id;
        followUp.kind = kind;
        followUp.dueAt = due;
        followUp.text = text;
        followUp.status = FollowUp.SCHEDULED;
        followUps.persist(followUp);
        return followUp;
    }

    /** A resolution proposal gets its one reminder; a case that moves on no longer needs it. */
    void onStateChange(@Observes StateChanged changed) {
        SupportCase supportCase = changed.supportCase();
        if (changed.to() == CaseState.RESOLVED) {
            schedule(supportCase, FollowUp.CUSTOMER_CHECK, changed.at().plus(config.reminderAfter()),
                    drafts.render(supportCase, Drafts.CHECK_BACK, supportCase.language, null));
        } else {
            followUps.cancelScheduled(supportCase.id, FollowUp.CUSTOMER_CHECK);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUp> dueBy(Instant due, String kind, int limit) {
        return followUps.dueBy(due, kind, limit);
    }
}
