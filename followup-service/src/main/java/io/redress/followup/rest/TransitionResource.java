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
import io.redress.followup.model.CaseState;
import io.redress.followup.repository.SlaClockRepository;
import io.redress.followup.service.CaseWorkflow;

@Path("/cases/{id}/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransitionResource {

    private final CaseWorkflow workflow;
    private final SlaClockRepository clocks;
    private final CaseMapper mapper;
    private final SecurityIdentity identity;

    TransitionResource(CaseWorkflow workflow, SlaClockRepository clocks, CaseMapper mapper, SecurityIdentity identity) {
        this.workflow = workflow;
        this.clocks = clocks;
        this.mapper = mapper;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"agent", "supervisor"})
    @Operation(summary = "Move the case to another state; 409 names the states allowed from here")
    public CaseView transition(@PathParam("id") String id, @Valid @NotNull TransitionRequest body) {
        CaseState to = CaseState.fromLabel(body.to())
                .orElseThrow(() -> new InvalidParameter("to", "'" + body.to() + "' is not a case state"));
        var moved = workflow.transition(Ids.uuid("id", id), to, body.reason(), body.evidence(),
                identity.getPrincipal().getName());
        return mapper.toView(moved, clocks.ofCase(moved.id));
    }
}
