package io.redress.intake.rest;

import java.util.List;
import java.util.Set;

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
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;
import io.redress.intake.service.Inbound;
import io.redress.intake.service.Intake;
import io.redress.intake.service.InvalidInput;

/** Public comments from YouTube, blogs, forums and review sites: one shape, the kind in the path. */
@Path("/channels/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelItemResource {

    private static final Set<Channel> KINDS = Set.of(Channel.YOUTUBE, Channel.BLOG, Channel.FORUM, Channel.REVIEW);

    private final Intake intake;
    private final SecurityIdentity caller;

    ChannelItemResource(Intake intake, SecurityIdentity caller) {
        this.intake = intake;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(summary = "Take in one public comment or review",
            description = "Kept as a post unless it answers a message of a complaint (parentId) or its author has an open complaint on this channel within the threading window.")
    public RestResponse<TakenView> receive(@PathParam("kind") String kind,
            @NotNull(message = "a comment body is required") @Valid ChannelItem item) {
        Channel channel = KINDS.stream().filter(candidate -> candidate.wire().equals(kind)).findFirst()
                .orElseThrow(() -> new InvalidInput(404, "unknown-kind", "Not Found", "kind",
                        "'" + kind + "' is not one of: youtube, blog, forum, review"));
        var author = new Inbound.Sender(item.author().id(), item.author().handle(), item.author().displayName(),
                item.author().followers(), null, null);
        String text = item.title() == null || item.title().isBlank() ? item.text() : item.title().strip() + "\n\n" + item.text();
        if (item.rating() != null) {
            text = "[" + item.rating() + "/5] " + text;
        }
        var inbound = new Inbound(channel, item.id().strip(), author, text, Visibility.PUBLIC, item.url(),
                item.parentId() == null ? List.of() : List.of(item.parentId()), null, item.publishedAt(), List.of(),
                Inbound.Route.MENTION, caller.getPrincipal().getName());
        return EmailChannelResource.created(intake.take(inbound));
    }
}
