package io.redress.followup.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.redress.followup.model.CaseState;
import io.redress.followup.model.FollowUp;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.repository.FollowUpRepository;

/**
 * So that no case goes stale: reminds handlers of quiet cases, sends due follow-ups (customer ones through
 * intake's reply path) and closes resolutions the customer left unanswered after the one reminder, as the
 * closure policy allows. Every step locks its rows with SKIP LOCKED, so several replicas share the work.
 */
@ApplicationScoped
public class FollowUpScheduler {

    public static final String ACTOR = "followup";
    private static final int BATCH = 100;

    private final FollowUpRepository followUps;
    private final CaseRepository cases;
    private final FollowUps scheduling;
    private final Replies replies;
    private final CaseWorkflow workflow;
    private final Timeline timeline;
    private final CaseConfig config;

    FollowUpScheduler(FollowUpRepository followUps, CaseRepository cases, FollowUps scheduling, Replies replies,
            CaseWorkflow workflow, Timeline timeline, CaseConfig config) {
        this.followUps = followUps;
        this.cases = cases;
        this.scheduling = scheduling;
        this.replies = replies;
        this.workflow = workflow;
        this.timeline = timeline;
        this.config = config;
    }

    @Scheduled(every = "${redress.cases.follow-up-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Instant.now());
    }

    public void run(Instant now) {
        QuarkusTransaction.requiringNew().run(() -> remindQuietCases(now));
        QuarkusTransaction.requiringNew().run(() -> followUps.lockDue(now, BATCH).forEach(due -> send(due, now)));
        QuarkusTransaction.requiringNew().run(() -> closeUnanswered(now));
    }

    private void remindQuietCases(Instant now) {
        long hours = config.handlerInactivity().toHours();
        for (SupportCase quiet : cases.lockQuiet(now.minus(config.handlerInactivity()), BATCH)) {
            scheduling.schedule(quiet, FollowUp.HANDLER_INACTIVITY, now,
                    "This case has had no activity for " + hours + " hours.");
        }
    }

    private void send(FollowUp due, Instant now) {
        SupportCase supportCase = cases.lock(due.caseId).orElseThrow();
        if (due.toCustomer()) {
            due.replyId = replies.request(supportCase, due.text, supportCase.visibility, Replies.FOLLOW_UP, ACTOR,
                    now);
            if (FollowUp.CUSTOMER_CHECK.equals(due.kind)) {
                supportCase.reminderSentAt = now;
            }
        } else {
            timeline.recordText(supportCase, "follow-up", ACTOR, due.text, "internal", due.id, now).reason = due.kind;
        }
        due.status = FollowUp.SENT;
        due.doneAt = now;
    }

    private void closeUnanswered(Instant now) {
        for (SupportCase unanswered : cases.lockUnanswered(now.minus(config.closeWithoutAnswerAfter()), BATCH)) {
            workflow.change(unanswered, CaseState.CLOSED, ACTOR, "closure policy: no answer "
                    + config.closeWithoutAnswerAfter().toDays() + " days after the resolution proposal, "
                    + "one reminder sent", now);
        }
    }
}
