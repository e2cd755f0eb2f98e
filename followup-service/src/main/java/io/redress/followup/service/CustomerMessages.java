package io.redress.followup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.followup.model.CaseState;
import io.redress.followup.model.CustomerMessage;
import io.redress.followup.model.SlaClock;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.CaseRepository;
import io.redress.followup.repository.CustomerMessageRepository;

/**
 * A further message from the customer joins the case timeline, ends a wait on the customer, starts the
 * next-response clock and reopens a resolved or closed case. A message for a complaint whose case is not open
 * yet is kept and applied when the case opens.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerMessages {

    public static final String CUSTOMER = "customer";

    private final CustomerMessageRepository messages;
    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final SlaClocks clocks;
    private final Timeline timeline;

    CustomerMessages(CustomerMessageRepository messages, CaseRepository cases, CaseWorkflow workflow,
            SlaClocks clocks, Timeline timeline) {
        this.messages = messages;
        this.cases = cases;
        this.workflow = workflow;
        this.clocks = clocks;
        this.timeline = timeline;
    }

    public void receive(ComplaintMessageAdded added) {
        if (messages.findByIdOptional(added.messageId()).isPresent()) {
            return;
        }
        var message = new CustomerMessage();
        message.messageId = added.messageId();
        message.complaintId = added.complaintId();
        message.channel = added.channel();
        message.text = added.text();
        message.visibility = added.visibility();
        message.receivedAt = added.receivedAt();
        messages.persist(message);
        cases.lockByComplaint(added.complaintId()).ifPresent(this::applyWaiting);
    }

    public void applyWaiting(SupportCase supportCase) {
        messages.waitingFor(supportCase.complaintId).forEach(message -> apply(supportCase, message));
    }

    private void apply(SupportCase supportCase, CustomerMessage message) {
        message.applied = true;
        timeline.recordText(supportCase, "message", CUSTOMER, message.text, message.visibility, message.messageId,
                message.receivedAt);
        if (supportCase.state == CaseState.RESOLVED || supportCase.state == CaseState.CLOSED) {
            workflow.change(supportCase, CaseState.REOPENED, CUSTOMER, "the customer wrote again",
                    message.receivedAt);
        } else if (supportCase.state == CaseState.WAITING_ON_CUSTOMER) {
            workflow.change(supportCase, CaseState.IN_PROGRESS, CUSTOMER, "the customer answered",
                    message.receivedAt);
        }
        if (supportCase.firstRespondedAt != null && supportCase.state.isOpen()) {
            clocks.start(supportCase, SlaClock.NEXT_RESPONSE, supportCase.nextResponseTarget, message.receivedAt);
        }
    }
}
