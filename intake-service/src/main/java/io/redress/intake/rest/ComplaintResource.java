package io.redress.intake.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import io.redress.intake.service.Intake;

@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final Intake intake;
    private final ComplaintMapper mapper;

    ComplaintResource(Intake intake, ComplaintMapper mapper) {
        this.intake = intake;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed({ "integration", "agent", "supervisor" })
    @Operation(summary = "Take in a complaint from any channel",
            description = "The same (channel, externalId) delivered again returns the stored complaint and changes nothing.")
    @APIResponse(responseCode = "201", description = "A new complaint was stored")
    @APIResponse(responseCode = "200", description = "This item was already stored; nothing changed")
    @APIResponse(responseCode = "400", description = "Invalid body; the problem names the field")
    public RestResponse<ComplaintView> receive(@NotNull(message = "a complaint body is required") @Valid NewComplaint complaint,
            UriInfo uri) {
        Intake.Received received = intake.receive(complaint);
        ComplaintView view = mapper.toView(received.complaint());
        URI location = uri.getAbsolutePathBuilder().path(view.id().toString()).build();
        return RestResponse.ResponseBuilder
                .create(received.isNew() ? Response.Status.CREATED : Response.Status.OK, view)
                .location(location)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "agent", "supervisor", "admin" })
    @Operation(summary = "One complaint")
    public ComplaintView get(@PathParam("id") UUID id) {
        return intake.find(id).map(mapper::toView)
                .orElseThrow(() -> new NotFoundException("No complaint " + id));
    }
}
