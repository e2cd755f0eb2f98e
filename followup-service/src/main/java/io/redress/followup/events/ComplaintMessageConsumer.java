package io.redress.followup.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.followup.service.CustomerMessages;
import io.smallrye.common.annotation.Blocking;

/** Further customer messages, at least once, into the case timeline. */
@ApplicationScoped
public class ComplaintMessageConsumer {

    private final EventConsumption consumption;
    private final CustomerMessages messages;

    ComplaintMessageConsumer(EventConsumption consumption, CustomerMessages messages) {
        this.consumption = consumption;
        this.messages = messages;
    }

    @Incoming("complaints-messages")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumption.handle(message, ComplaintMessageAdded.class, ComplaintMessageAdded.SCHEMA,
                messages::receive);
    }
}
