package io.redress.triage.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.triage.model.Incident;
import io.redress.triage.rules.RuleValidator;
import io.redress.triage.service.Incidents;
import io.redress.triage.service.InvalidChange;

@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    public record IncidentView(UUID id, String status, String title, String category, String product,
            Instant openedAt, Instant updatedAt, Instant resolvedAt, String resolvedBy, String resolutionNote,
            List<LinkedComplaint> complaints) {
    }

    /** A complaint of the incident, as triage sees it (no text: that stays with the decision). */
    public record LinkedComplaint(UUID complaintId, String language, String priority, String channel,
            Instant receivedAt) {
    }

    public record Resolution(String note) {
    }

    private final Incidents incidents;
    private final SecurityIdentity identity;

    IncidentsResource(Incidents incidents, SecurityIdentity identity) {
        this.incidents = incidents;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ "agent", "supervisor", "admin", "integration" })
    @Operation(summary = "Incidents, newest first; status=open or resolved")
    public List<IncidentView> list(@QueryParam("status") String status) {
        if (status != null && !Incidents.OPEN.equals(status) && !Incidents.RESOLVED.equals(status)) {
            throw new InvalidChange(List.of(new RuleValidator.Violation("status", "must be open or resolved")));
        }
        return incidents.list(status).stream().map(i -> view(i, List.of())).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "agent", "supervisor", "admin", "integration" })
    @Operation(summary = "One incident with its complaints")
    public IncidentView get(@PathParam("id") UUID id) {
        Incident incident = incidents.find(id).orElseThrow(() -> new NotFoundException("No incident " + id));
        return view(incident, incidents.complaintsOf(id).stream().map(t -> new LinkedComplaint(t.complaintId,
                t.language, t.priority, t.channel, t.receivedAt)).toList());
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("supervisor")
    @Operation(summary = "Resolve an incident; follow-up updates every linked case")
    public IncidentView resolve(@PathParam("id") UUID id, Resolution resolution) {
        String note = resolution == null ? null : resolution.note();
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidChange(List.of(new RuleValidator.Violation("note", "must be 1 to 2000 characters")));
        }
        return view(incidents.resolve(id, identity.getPrincipal().getName(), note), List.of());
    }

    private static IncidentView view(Incident i, List<LinkedComplaint> complaints) {
        return new IncidentView(i.id, i.status, i.title, i.category, i.product, i.openedAt, i.updatedAt, i.resolvedAt,
                i.resolvedBy, i.resolutionNote, complaints);
    }
}
