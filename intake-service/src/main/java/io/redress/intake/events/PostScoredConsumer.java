package io.redress.intake.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.redress.events.v1.PostScored;
import io.redress.intake.service.Posts;
import io.smallrye.common.annotation.Blocking;

/** Triage's complaint score for each post, at least once; duplicates are dropped by event id. */
@ApplicationScoped
public class PostScoredConsumer {

    private final EventReader events;
    private final Posts posts;

    PostScoredConsumer(EventReader events, Posts posts) {
        this.events = events;
        this.posts = posts;
    }

    @Incoming("posts-scored")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return events.consume(message, PostScored.class, PostScored.SCHEMA, posts::scored);
    }
}
