package io.redress.triage.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.triage.mapping.TriageMapper;
import io.redress.triage.service.Corrections;
import io.redress.triage.service.Triager;

@Path("/triage")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    private final Triager triager;
    private final Corrections corrections;
    private final TriageMapper mapper;
    private final SecurityIdentity identity;

    TriageResource(Triager triager, Corrections corrections, TriageMapper mapper, SecurityIdentity identity) {
        this.triager = triager;
        this.corrections = corrections;
        this.mapper = mapper;
        this.identity = identity;
    }

    @GET
    @Path("/{complaintId}")
    @RolesAllowed({ "agent", "supervisor", "admin", "integration" })
    @Operation(summary = "Triage decision for a complaint in its latest revision, with its reasons")
    public TriageView get(@PathParam("complaintId") UUID complaintId) {
        return triager.find(complaintId).map(mapper::toView)
                .orElseThrow(() -> new NotFoundException("No triage yet for complaint " + complaintId));
    }

    @PUT
    @Path("/{complaintId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "agent", "supervisor" })
    @Operation(summary = "Correct a decision: kept as a new revision, published, and stored as labelled data")
    public TriageView correct(@PathParam("complaintId") UUID complaintId, Corrections.Correction correction) {
        if (correction == null) {
            throw new BadRequestException("a correction body is required");
        }
        return mapper.toView(corrections.correct(complaintId, identity.getPrincipal().getName(), correction));
    }
}
