package io.redress.intake.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.redress.events.v1.ReplyRequested;
import io.redress.intake.service.NotFound;
import io.redress.intake.service.Replies;
import io.smallrye.common.annotation.Blocking;

/** Replies follow-up asks for; each is delivered once per reply id. */
@ApplicationScoped
public class ReplyRequestedConsumer {

    private static final Logger LOG = Logger.getLogger(ReplyRequestedConsumer.class);

    private final EventReader events;
    private final Replies replies;

    ReplyRequestedConsumer(EventReader events, Replies replies) {
        this.events = events;
        this.replies = replies;
    }

    @Incoming("replies-requested")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            String eventId = events.id(message);
            replies.deliver(eventId, events.read(message.getPayload(), ReplyRequested.class, ReplyRequested.SCHEMA));
        } catch (MalformedEvent | NotFound e) {
            LOG.warnf("Parking a reply request that cannot be delivered on the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
        return message.ack();
    }
}
