package io.redress.intake.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;
import io.redress.intake.service.Inbound;
import io.redress.intake.service.Intake;

/**
 * The channel-push API: any source can deliver items, so intake never depends on one platform. The
 * integration is the token's subject; its ids, parent ids and thread ids are namespaced by it.
 */
@Path("/push/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PushResource {

    private final Intake intake;
    private final SecurityIdentity caller;

    PushResource(Intake intake, SecurityIdentity caller) {
        this.intake = intake;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(summary = "Push one item from any source",
            description = "Idempotent on (integration, externalId). Private items become complaints, public ones posts; parentId and threadId thread them.")
    public RestResponse<TakenView> push(@NotNull(message = "a message body is required") @Valid PushedMessage pushed) {
        String integration = caller.getPrincipal().getName();
        var author = new Inbound.Sender(pushed.author().id(), pushed.author().handle(), pushed.author().displayName(),
                pushed.author().followers(), pushed.author().email(), pushed.author().phone());
        Visibility visibility = pushed.visibility() == null ? Visibility.PRIVATE : pushed.visibility();
        List<Inbound.AttachmentInfo> attachments = pushed.attachments() == null ? List.of()
                : pushed.attachments().stream()
                        .map(a -> new Inbound.AttachmentInfo(a.name(), a.contentType(), a.size(), a.sha256())).toList();
        var item = new Inbound(pushed.channel() == null ? Channel.OTHER : pushed.channel(),
                scoped(integration, pushed.externalId()), author, pushed.text(), visibility, pushed.url(),
                pushed.parentId() == null ? List.of() : List.of(scoped(integration, pushed.parentId())),
                pushed.threadId() == null ? null : scoped(integration, pushed.threadId()), pushed.receivedAt(), attachments,
                visibility == Visibility.PRIVATE ? Inbound.Route.CONVERSATION : Inbound.Route.MENTION, integration);
        return EmailChannelResource.created(intake.take(item));
    }

    /** Two integrations may use the same ids; intake must not take one's item for the other's. */
    private static String scoped(String integration, String id) {
        return "push:" + integration + ":" + id.strip();
    }
}
