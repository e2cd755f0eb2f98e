package io.redress.intake.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.intake.mapping.ComplaintMapper;
import io.redress.intake.mapping.ThreadMapper;
import io.redress.intake.model.Channel;
import io.redress.intake.model.PostStatus;
import io.redress.intake.service.InvalidInput;
import io.redress.intake.service.Posts;

/** Public mentions: the list operators work through, the one-click conversion and dismissal. */
@Path("/posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    private final Posts posts;
    private final ThreadMapper mapper;
    private final ComplaintMapper complaints;
    private final SecurityIdentity caller;

    PostResource(Posts posts, ThreadMapper mapper, ComplaintMapper complaints, SecurityIdentity caller) {
        this.posts = posts;
        this.mapper = mapper;
        this.complaints = complaints;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "Posts, newest first, by status and channel")
    public List<PostView> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return posts.list(parse("status", status, PostStatus::fromWire), parse("channel", channel, Channel::fromWire), limit)
                .stream().map(mapper::toView).toList();
    }

    private static <T> T parse(String field, String value, Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(400, "invalid-field", "Invalid request", field, e.getMessage());
        }
    }

    @POST
    @Path("/{id}/convert")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "Turn a post into a complaint (one call); again answers with the same complaint (200)")
    public RestResponse<ComplaintView> convert(@PathParam("id") UUID id, UriInfo uri) {
        Posts.Converted converted = posts.convert(id, caller.getPrincipal().getName());
        ComplaintView view = complaints.toView(converted.complaint());
        URI location = uri.getBaseUriBuilder().path("complaints").path(view.id().toString()).build();
        return RestResponse.ResponseBuilder.create(converted.isNew() ? Response.Status.CREATED : Response.Status.OK, view)
                .location(location).build();
    }

    @POST
    @Path("/{id}/dismiss")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "Mark a post as not a complaint; a converted post cannot be dismissed (409)")
    public PostView dismiss(@PathParam("id") UUID id) {
        return mapper.toView(posts.dismiss(id, caller.getPrincipal().getName()));
    }
}
