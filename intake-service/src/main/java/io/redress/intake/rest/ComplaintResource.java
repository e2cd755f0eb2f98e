package io.redress.intake.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import io.redress.intake.mapping.ComplaintMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.redress.intake.mapping.ThreadMapper;
import io.redress.intake.service.AuditTrail;
import io.redress.intake.service.ChannelSwitch;
import io.redress.intake.service.Intake;
import io.redress.intake.service.InvalidInput;
import io.redress.intake.service.Threads;
import io.redress.intake.service.NotFound;
import io.redress.intake.service.Taken;

@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final Intake intake;
    private final ComplaintMapper mapper;
    private final SecurityIdentity caller;
    private final Threads threads;
    private final ChannelSwitch channelSwitch;
    private final AuditTrail auditTrail;
    private final ThreadMapper threadMapper;

    ComplaintResource(Intake intake, ComplaintMapper mapper, SecurityIdentity caller, Threads threads,
            ChannelSwitch channelSwitch, AuditTrail auditTrail, ThreadMapper threadMapper) {
        this.intake = intake;
        this.mapper = mapper;
        this.caller = caller;
        this.threads = threads;
        this.channelSwitch = channelSwitch;
        this.auditTrail = auditTrail;
        this.threadMapper = threadMapper;
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

    @GET
    @Path("/{id}/thread")
    @Operation(summary = "The conversation, every item marked public or private",
            description = "view=public shows only public items and nothing derived from private ones; integrations may read only that view.")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION })
    public ThreadView thread(@PathParam("id") UUID id, @QueryParam("view") @DefaultValue("all") String view) {
        if (!view.equals("all") && !view.equals("public")) {
            throw new InvalidInput(400, "invalid-field", "Invalid request", "view", "must be one of: all, public");
        }
        boolean staff = caller.hasRole(Roles.AGENT) || caller.hasRole(Roles.SUPERVISOR) || caller.hasRole(Roles.ADMIN);
        if (view.equals("all") && !staff) {
            throw new ForbiddenException("Integrations may read only the public view (view=public)");
        }
        return threads.of(id, view.equals("public"));
    }

    @POST
    @Path("/{id}/switch")
    @Operation(summary = "Move the conversation to e-mail, phone or a direct message",
            description = "Records the handoff in the audit trail and posts the public 'we have sent you a message' reply.")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    public ComplaintView switchChannel(@PathParam("id") UUID id,
            @NotNull(message = "a switch body is required") @Valid ChannelSwitchRequest request) {
        return mapper.toView(channelSwitch.switchTo(id, request, caller.getPrincipal().getName()));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "Every change to the complaint, oldest first (append-only)")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public List<AuditView> audit(@PathParam("id") UUID id) {
        if (intake.find(id).isEmpty()) {
            throw new NotFound("No complaint " + id);
        }
        return auditTrail.ofComplaint(id).stream().map(threadMapper::toView).toList();
    }
}
