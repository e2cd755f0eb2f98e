package io.redress.intake.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import io.redress.intake.mapping.ComplaintMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.redress.intake.service.Intake;
import io.redress.intake.service.NotFound;
import io.redress.intake.service.Taken;

@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final Intake intake;
    private final ComplaintMapper mapper;
    private final SecurityIdentity caller;

    ComplaintResource(Intake intake, ComplaintMapper mapper, SecurityIdentity caller) {
        this.intake = intake;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Take in a complaint from any channel",
            description = "The same (channel, externalId) delivered again returns the stored complaint and changes nothing. "
                    + "An item whose inReplyTo names a message of a complaint joins that complaint (200) or reopens it.")
    @APIResponse(responseCode = "201", description = "A new complaint was stored")
    @APIResponse(responseCode = "200", description = "Already stored, or joined the complaint it answers")
    @APIResponse(responseCode = "400", description = "Invalid body; the problem names the field")
    @RolesAllowed({ Roles.INTEGRATION, Roles.AGENT, Roles.SUPERVISOR })
    public RestResponse<ComplaintView> receive(@NotNull(message = "a complaint body is required") @Valid NewComplaint complaint,
            UriInfo uri) {
        Taken taken = intake.take(mapper.toInbound(complaint, caller.getPrincipal().getName()));
        ComplaintView view = mapper.toView(taken.complaint());
        URI location = uri.getBaseUriBuilder().path("complaints").path(view.id().toString()).build();
        return RestResponse.ResponseBuilder
                .create(taken.outcome() == Taken.Outcome.OPENED ? Response.Status.CREATED : Response.Status.OK, view)
                .location(location)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One complaint")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public ComplaintView get(@PathParam("id") UUID id) {
        return intake.find(id).map(mapper::toView)
                .orElseThrow(() -> new NotFound("No complaint " + id));
    }
}
