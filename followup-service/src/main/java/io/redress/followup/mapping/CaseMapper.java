package io.redress.followup.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.events.v1.CaseOpened;
import io.redress.followup.model.SupportCase;
import io.redress.followup.rest.CaseView;

@ApplicationScoped
public class CaseMapper {

    public CaseOpened toOpened(SupportCase opened) {
        return new CaseOpened(opened.id, opened.complaintId, opened.priority, opened.openedAt,
                opened.firstResponseDueAt);
    }

    public CaseView toView(SupportCase supportCase) {
        return new CaseView(supportCase.id, supportCase.complaintId, supportCase.priority,
                supportCase.state.name().toLowerCase(), supportCase.channel, supportCase.visibility,
                supportCase.language, supportCase.receivedAt, supportCase.openedAt, supportCase.firstResponseDueAt);
    }
}
