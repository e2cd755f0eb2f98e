package io.redress.intake.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.redress.events.v1.PostScored;
import io.redress.intake.service.Posts;
import io.smallrye.common.annotation.Blocking;

/** Triage's complaint score for each post, at least once; duplicates are dropped by event id. */
@ApplicationScoped
public class PostScoredConsumer {

    private static final Logger LOG = Logger.getLogger(PostScoredConsumer.class);

    private final EventReader events;
    private final Posts posts;

    PostScoredConsumer(EventReader events, Posts posts) {
        this.events = events;
        this.posts = posts;
    }

    @Incoming("posts-scored")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            String eventId = events.id(message);
            posts.scored(eventId, events.read(message.getPayload(), PostScored.class, PostScored.SCHEMA));
        } catch (MalformedEvent e) {
            LOG.warnf("Parking a malformed event on the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
        return message.ack();
    }
}
