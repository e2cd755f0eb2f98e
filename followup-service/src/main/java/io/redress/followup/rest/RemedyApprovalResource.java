package io.redress.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.followup.service.Remedies;

@Path("/remedies/{id}/approval")
@Produces(MediaType.APPLICATION_JSON)
public class RemedyApprovalResource {

    private final Remedies remedies;
    private final SecurityIdentity identity;

    RemedyApprovalResource(Remedies remedies, SecurityIdentity identity) {
        this.remedies = remedies;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Approve a remedy above the proposer's limit; approving it again changes nothing")
    public RemedyView approve(@PathParam("id") String id) {
        return RemedyResource.view(remedies.approve(Ids.uuid("id", id), identity.getPrincipal().getName(),
                identity.getRoles()));
    }
}
