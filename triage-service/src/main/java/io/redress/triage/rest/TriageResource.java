package io.redress.triage.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.redress.triage.mapping.TriageMapper;
import io.redress.triage.service.Triager;

@Path("/triage")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    private final Triager triager;
    private final TriageMapper mapper;

    TriageResource(Triager triager, TriageMapper mapper) {
        this.triager = triager;
        this.mapper = mapper;
    }

    @GET
    @Path("/{complaintId}")
    @RolesAllowed({ "agent", "supervisor", "admin", "integration" })
    @Operation(summary = "Triage decision for a complaint, with its reasons")
    public TriageView get(@PathParam("complaintId") UUID complaintId) {
        return triager.find(complaintId).map(mapper::toView)
                .orElseThrow(() -> new NotFoundException("No triage yet for complaint " + complaintId));
    }
}
