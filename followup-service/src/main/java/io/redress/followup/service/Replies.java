package io.redress.followup.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.redress.events.v1.ReplyDelivered;
import io.redress.events.v1.ReplyRequested;
import io.redress.followup.checking.Finding;
import io.redress.followup.checking.ReplyChecker;
import io.redress.followup.checking.ReplyContext;
import io.redress.followup.model.CaseState;
import io.redress.followup.model.FollowUp;
import io.redress.followup.model.Reply;
import io.redress.followup.model.SlaClock;
import io.redress.followup.model.SupportCase;
import io.redress.followup.outbox.Outbox;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.repository.CustomerMessageRepository;
import io.redress.followup.repository.RemedyRepository;
import io.redress.followup.repository.ReplyRepository;

/**
 * Replies to the customer: checked, recorded in the timeline and handed to intake as {@link ReplyRequested}.
 * The first reply of a person stops the first-response clock; every reply stops the next-response clock.
 */
@ApplicationScoped
public class Replies {

    public static final String REPLY = "reply";
    public static final String FOLLOW_UP = "follow-up";
    public static final String RESOLUTION_NOTE = "resolution-note";
    public static final String EXPLANATION = "explanation";
    public static final String SURVEY = "survey";
    private static final Set<String> RESPONSES = Set.of(REPLY, RESOLUTION_NOTE, EXPLANATION);

    private final CaseRepository cases;
    private final ReplyRepository replies;
    private final CustomerMessageRepository messages;
    private final RemedyRepository remedies;
    private final ReplyChecker checker;
    private final SlaClocks clocks;
    private final Timeline timeline;
    private final Outbox outbox;
    private final FollowUps followUps;

    Replies(CaseRepository cases, ReplyRepository replies, CustomerMessageRepository messages,
            RemedyRepository remedies, ReplyChecker checker, SlaClocks clocks, Timeline timeline, Outbox outbox,
            FollowUps followUps) {
        this.cases = cases;
        this.replies = replies;
        this.messages = messages;
        this.remedies = remedies;
        this.checker = checker;
        this.clocks = clocks;
        this.timeline = timeline;
        this.outbox = outbox;
        this.followUps = followUps;
    }

    @Transactional
    public List<Finding> check(UUID caseId, String text, String visibility) {
        return checker.check(context(find(caseId), text, visibility));
    }

    /**
     * Checks and sends. A public resolution note needs a public complaint that is resolved; a public
     * explanation (for an unfounded complaint) needs a public complaint.
     */
    @Transactional
    public Sent send(UUID caseId, String text, String visibility, String purpose, String actor) {
        SupportCase supportCase = cases.lock(caseId).orElseThrow(() -> new NotFoundException("No case " + caseId));
        if (!REPLY.equals(purpose)) {
            requirePublicNote(supportCase, visibility, purpose);
        }
        List<Finding> findings = checker.check(context(supportCase, text, visibility));
        if (ReplyChecker.blocks(findings)) {
            throw new ReplyBlocked(findings);
        }
        return new Sent(request(supportCase, text, visibility, purpose, actor, Instant.now()), findings);
    }

    private static void requirePublicNote(SupportCase supportCase, String visibility, String purpose) {
        if (!"public".equals(supportCase.visibility) || !"public".equals(visibility)) {
            throw new MissingPrecondition("purpose", "a " + purpose + " is for public complaints, sent publicly");
        }
        if (RESOLUTION_NOTE.equals(purpose)
                && supportCase.state != CaseState.RESOLVED && supportCase.state != CaseState.CLOSED) {
            throw new MissingPrecondition("purpose", "a resolution note needs a resolved case");
        }
    }

    /** Records and publishes a reply that needs no check (system texts: follow-ups, surveys) or passed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID request(SupportCase supportCase, String text, String visibility, String purpose, String actor,
            Instant at) {
        var reply = new Reply();
        reply.id = UUID.randomUUID();
        reply.caseId = supportCase.id;
        reply.text = text;
        reply.visibility = visibility;
        reply.purpose = purpose;
        reply.requestedBy = actor;
        reply.requestedAt = at;
        reply.status = Reply.REQUESTED;
        replies.persist(reply);
        timeline.recordText(supportCase, REPLY, actor, text, visibility, reply.id, at).reason = purpose;
        outbox.add(ReplyRequested.TOPIC, ReplyRequested.TYPE, ReplyRequested.SCHEMA,
                supportCase.complaintId.toString(), new ReplyRequested(reply.id, supportCase.id,
                        supportCase.complaintId, visibility, text, purpose, actor, at));
        if (RESPONSES.contains(purpose)) {
            if (supportCase.firstRespondedAt == null) {
                supportCase.firstRespondedAt = at;
                clocks.stop(supportCase, SlaClock.FIRST_RESPONSE, at);
            }
            clocks.stop(supportCase, SlaClock.NEXT_RESPONSE, at);
        }
        return reply.id;
    }

    /** Intake's delivery result joins the timeline; a failed delivery becomes a task for the handler. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(ReplyDelivered delivered) {
        Reply reply = replies.findById(delivered.replyId());
        SupportCase supportCase = cases.lock(delivered.caseId()).orElse(null);
        if (reply == null || supportCase == null) {
            return;
        }
        reply.status = delivered.status();
        reply.channel = delivered.channel();
        reply.externalId = delivered.externalId();
        reply.reason = delivered.reason();
        reply.deliveredAt = delivered.at();
        String outcome = "sent".equals(delivered.status())
                ? "sent on " + delivered.channel()
                : "failed after " + delivered.attempts() + " attempts: " + delivered.reason();
        timeline.record(supportCase, "delivery", "intake", outcome, delivered.at()).refId = reply.id;
        if ("failed".equals(delivered.status())) {
            followUps.schedule(supportCase, FollowUp.DELIVERY_FAILED, delivered.at(),
                    "A reply could not be delivered (" + delivered.reason() + "): send it another way");
        }
    }

    private SupportCase find(UUID caseId) {
        return cases.findByIdOptional(caseId).orElseThrow(() -> new NotFoundException("No case " + caseId));
    }

    private ReplyContext context(SupportCase supportCase, String text, String visibility) {
        List<Reply> earlier = replies.ofCase(supportCase.id);
        List<String> privateTexts = Stream.concat(
                messages.privateOnes(supportCase.complaintId).stream().map(message -> message.text),
                earlier.stream().filter(reply -> "private".equals(reply.visibility)).map(reply -> reply.text))
                .toList();
        Set<String> approved = remedies.approved(supportCase.id).stream().map(remedy -> remedy.kind)
                .collect(Collectors.toSet());
        return new ReplyContext(text, "public".equals(visibility), privateTexts,
                earlier.stream().map(reply -> reply.text).toList(), approved);
    }

    public record Sent(UUID replyId, List<Finding> findings) {
    }
}
