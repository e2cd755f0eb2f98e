package io.redress.followup.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.events.v1.IncidentUpdated;
import io.redress.followup.model.FollowUp;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.CaseRepository;

/**
 * Complaints that share a cause: every linked case learns about its incident, and when the incident is
 * resolved each customer gets a follow-up with the resolution note, on the complaint's own channel (a public
 * note for a public complaint).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Incidents {

    public static final String RESOLVED = "resolved";

    private final CaseRepository cases;
    private final FollowUps followUps;
    private final Drafts drafts;
    private final Timeline timeline;

    Incidents(CaseRepository cases, FollowUps followUps, Drafts drafts, Timeline timeline) {
        this.cases = cases;
        this.followUps = followUps;
        this.drafts = drafts;
        this.timeline = timeline;
    }

    /**
     * The update names the complaints it links (all of them when the incident opens, the newcomer when it grows);
     * a resolution reaches every case that belongs to the incident, however it learned so.
     */
    public void updated(IncidentUpdated incident) {
        Instant now = Instant.now();
        Map<UUID, SupportCase> affected = new LinkedHashMap<>();
        for (var complaintId : incident.complaintIds()) {
            cases.lockByComplaint(complaintId).ifPresent(supportCase -> affected.put(supportCase.id, supportCase));
        }
        if (RESOLVED.equals(incident.status())) {
            cases.lockByIncident(incident.incidentId()).forEach(supportCase -> affected.put(supportCase.id, supportCase));
        }
        String note = incident.resolutionNote() == null ? incident.title() : incident.resolutionNote();
        for (SupportCase supportCase : affected.values()) {
            supportCase.incidentId = incident.incidentId();
            timeline.record(supportCase, "incident", "triage",
                    "incident " + incident.status() + ": " + incident.title(), now).refId = incident.incidentId();
            if (RESOLVED.equals(incident.status())) {
                followUps.schedule(supportCase, FollowUp.INCIDENT_RESOLVED, now, drafts.render(supportCase,
                        Drafts.INCIDENT_RESOLVED, supportCase.language, null, Map.of("note", note)));
            }
        }
    }
}
