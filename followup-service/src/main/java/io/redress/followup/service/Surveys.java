package io.redress.followup.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.redress.events.v1.CsatRecorded;
import io.redress.followup.model.CaseState;
import io.redress.followup.model.Survey;
import io.redress.followup.model.SupportCase;
import io.redress.followup.outbox.Outbox;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.repository.SurveyRepository;

/**
 * After each resolution the customer gets a survey link with a single-use token. A high rating after a bad
 * start marks a potential advocate; the customer's answer to "is it solved?" closes or reopens the case.
 */
@ApplicationScoped
public class Surveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository surveys;
    private final CaseRepository cases;
    private final Replies replies;
    private final Drafts drafts;
    private final CaseWorkflow workflow;
    private final Timeline timeline;
    private final Outbox outbox;
    private final SurveyConfig config;

    Surveys(SurveyRepository surveys, CaseRepository cases, Replies replies, Drafts drafts, CaseWorkflow workflow,
            Timeline timeline, Outbox outbox, SurveyConfig config) {
        this.surveys = surveys;
        this.cases = cases;
        this.replies = replies;
        this.drafts = drafts;
        this.workflow = workflow;
        this.timeline = timeline;
        this.outbox = outbox;
        this.config = config;
    }

    void onResolved(@Observes StateChanged changed) {
        if (changed.to() != CaseState.RESOLVED) {
            return;
        }
        SupportCase supportCase = changed.supportCase();
        var survey = new Survey();
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        survey.token = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        survey.caseId = supportCase.id;
        survey.createdAt = changed.at();
        surveys.persist(survey);
        String text = drafts.render(supportCase, Drafts.SURVEY, supportCase.language, null,
                Map.of("link", config.baseUrl() + survey.token));
        replies.request(supportCase, text, "private", Replies.SURVEY, FollowUpScheduler.ACTOR, changed.at());
    }

    @Transactional
    public Survey find(String token) {
        Survey survey = surveys.findByIdOptional(token).orElseThrow(() -> new NotFoundException("No survey"));
        if (survey.answeredAt != null) {
            throw new Conflict(410, "token", "this survey has already been answered");
        }
        return survey;
    }

    @Transactional
    public Survey answer(String token, int rating, String comment, Boolean solved) {
        Survey survey = surveys.lock(token).orElseThrow(() -> new NotFoundException("No survey"));
        if (survey.answeredAt != null) {
            throw new Conflict(410, "token", "this survey has already been answered");
        }
        SupportCase supportCase = cases.lock(survey.caseId).orElseThrow();
        Instant now = Instant.now();
        survey.answeredAt = now;
        survey.rating = rating;
        survey.comment = comment;
        survey.advocate = supportCase.badStart && rating >= 4;
        timeline.record(supportCase, "csat", CustomerMessages.CUSTOMER, "rated " + rating
                + (survey.advocate ? " after a bad start: potential advocate" : ""), now);
        outbox.add(CsatRecorded.TOPIC, CsatRecorded.TYPE, CsatRecorded.SCHEMA, supportCase.complaintId.toString(),
                new CsatRecorded(supportCase.id, supportCase.complaintId, rating, survey.advocate, now));
        if (Boolean.TRUE.equals(solved) && supportCase.state == CaseState.RESOLVED) {
            workflow.change(supportCase, CaseState.CLOSED, CustomerMessages.CUSTOMER,
                    "the customer confirmed in the survey that it is solved", now);
        } else if (Boolean.FALSE.equals(solved) && !supportCase.state.isOpen()
                && supportCase.state != CaseState.PARTED_WAYS) {
            workflow.change(supportCase, CaseState.REOPENED, CustomerMessages.CUSTOMER,
                    "the customer said in the survey that it is not solved", now);
        }
        return survey;
    }
}
