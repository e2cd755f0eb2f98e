package io.redress.intake.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.intake.channel.InboundMail;
import io.redress.intake.channel.MailReader;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;
import io.redress.intake.service.Inbound;
import io.redress.intake.service.Intake;
import io.redress.intake.service.Taken;

/** E-mail from our mail gateway, as the raw message. */
@Path("/channels/email")
@Produces(MediaType.APPLICATION_JSON)
public class EmailChannelResource {

    public static final String RFC822 = "message/rfc822";

    private final MailReader reader;
    private final Intake intake;
    private final SecurityIdentity caller;

    EmailChannelResource(MailReader reader, Intake intake, SecurityIdentity caller) {
        this.reader = reader;
        this.intake = intake;
        this.caller = caller;
    }

    @POST
    @Consumes(RFC822)
    @RolesAllowed(Roles.INTEGRATION)
    @Operation(summary = "Take in one e-mail (message/rfc822)",
            description = "Replies (In-Reply-To/References) join their complaint; auto-replies and bounces are recorded as ignored.")
    public RestResponse<TakenView> receive(byte[] raw) {
        InboundMail mail = reader.read(raw == null ? new byte[0] : raw);
        var author = new Inbound.Sender(null, mail.fromAddress(), mail.fromName(), null, mail.fromAddress(), null);
        String text = mail.subject() == null || mail.subject().isBlank() ? mail.text()
                : mail.subject().strip() + "\n\n" + mail.text();
        var item = new Inbound(Channel.EMAIL, mail.messageId(), author, text, Visibility.PRIVATE, null, mail.references(),
                null, mail.sentAt(), mail.attachments(), Inbound.Route.CONVERSATION, caller.getPrincipal().getName());
        if (mail.ignoredBecause() != null) {
            intake.ignore(item, mail.ignoredBecause());
            return RestResponse.ResponseBuilder.create(Response.Status.ACCEPTED, TakenView.ignored(mail.ignoredBecause()))
                    .build();
        }
        return created(intake.take(item));
    }

    static RestResponse<TakenView> created(Taken taken) {
        boolean fresh = List.of(Taken.Outcome.OPENED, Taken.Outcome.POSTED).contains(taken.outcome());
        return RestResponse.ResponseBuilder.create(fresh ? Response.Status.CREATED : Response.Status.OK, TakenView.of(taken))
                .build();
    }
}
