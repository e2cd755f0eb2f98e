package io.redress.triage.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.PostReceived;
import io.redress.triage.service.PostScorer;
import io.smallrye.common.annotation.Blocking;

/** Public mentions intake keeps as posts: triage says how likely each is a complaint. */
@ApplicationScoped
public class PostReceivedConsumer {

    private final EventHandling handling;
    private final PostScorer scorer;

    PostReceivedConsumer(EventHandling handling, PostScorer scorer) {
        this.handling = handling;
        this.scorer = scorer;
    }

    @Incoming("posts-received")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return handling.handle(message, PostReceived.class, PostReceived.SCHEMA, scorer::score);
    }
}
