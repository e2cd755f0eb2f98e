package io.redress.followup.mapping;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.events.v1.CaseOpened;
import io.redress.followup.model.CaseEvent;
import io.redress.followup.model.SlaClock;
import io.redress.followup.model.SupportCase;
import io.redress.followup.rest.CaseView;
import io.redress.followup.rest.TimelineEntry;

@ApplicationScoped
public class CaseMapper {

    public CaseOpened toOpened(SupportCase opened) {
        return new CaseOpened(opened.id, opened.complaintId, opened.priority, opened.openedAt,
                opened.firstResponseDueAt);
    }

    public CaseView toView(SupportCase c, List<SlaClock> clocks) {
        return new CaseView(c.id, c.complaintId, c.priority, c.state.label(), c.channel, c.visibility, c.language,
                c.receivedAt, c.openedAt, c.firstResponseDueAt, c.team, c.agent, c.escalatedTo, c.category,
                c.incidentId, c.slaPolicy, c.calendar, c.firstRespondedAt, c.resolvedAt, c.closedAt, c.reopenCount,
                c.slaBreached, clocks.stream().map(k -> new CaseView.ClockView(k.clock, k.startedAt, k.dueAt,
                        k.remainingSeconds, k.stoppedAt, k.alerted)).toList());
    }

    public TimelineEntry toEntry(CaseEvent e) {
        return new TimelineEntry(e.at, e.kind, e.actor, e.fromState, e.toState, e.reason, e.text, e.visibility,
                e.refId);
    }
}
