package io.redress.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.followup.mapping.CaseMapper;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.SlaClockRepository;
import io.redress.followup.service.Assignment;

@Path("/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    private final Assignment assignment;
    private final SlaClockRepository clocks;
    private final CaseMapper mapper;
    private final SecurityIdentity identity;

    AssignmentResource(Assignment assignment, SlaClockRepository clocks, CaseMapper mapper,
            SecurityIdentity identity) {
        this.assignment = assignment;
        this.clocks = clocks;
        this.mapper = mapper;
        this.identity = identity;
    }

    @POST
    @Path("/assignment")
    @RolesAllowed({"agent", "supervisor"})
    @Operation(summary = "Assign or reassign the case: agents take it for themselves, supervisors give it to anyone")
    public CaseView assign(@PathParam("id") String id, @Valid @NotNull AssignmentRequest body) {
        return view(assignment.assign(Ids.uuid("id", id), body.team(), body.agent(),
                identity.getPrincipal().getName(), identity.hasRole("supervisor")));
    }

    @POST
    @Path("/escalation")
    @RolesAllowed("supervisor")
    @Operation(summary = "Escalate the case to a supervisor")
    public CaseView escalate(@PathParam("id") String id, @Valid @NotNull EscalationRequest body) {
        return view(assignment.escalate(Ids.uuid("id", id), body.to(), body.reason(),
                identity.getPrincipal().getName()));
    }

    private CaseView view(SupportCase supportCase) {
        return mapper.toView(supportCase, clocks.ofCase(supportCase.id));
    }
}
