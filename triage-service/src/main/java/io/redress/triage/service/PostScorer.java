package io.redress.triage.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.PostReceived;
import io.redress.events.v1.PostScored;
import io.redress.triage.decision.ComplaintFacts;
import io.redress.triage.decision.Decision;
import io.redress.triage.outbox.Outbox;
import io.redress.triage.repository.ProcessedEvents;

/** Scores a public post: how likely it is a complaint, with the cues that fired. The post itself is not kept. */
@ApplicationScoped
public class PostScorer {

    private final ComplaintReader reader;
    private final ProcessedEvents processed;
    private final Outbox outbox;

    PostScorer(ComplaintReader reader, ProcessedEvents processed, Outbox outbox) {
        this.reader = reader;
        this.processed = processed;
        this.outbox = outbox;
    }

    @Retry(maxRetries = 5, delay = 200, jitter = 100)
    public void score(String eventId, PostReceived post) {
        long followers = post.author().followers() == null ? 0 : post.author().followers();
        Decision decision = reader.read(new ComplaintFacts(post.text(), post.channel(), "public", followers, 0, null));
        QuarkusTransaction.requiringNew().run(() -> {
            if (processed.firstTime(eventId)) {
                outbox.add(PostScored.TOPIC, PostScored.TYPE, PostScored.SCHEMA, post.postId().toString(),
                        new PostScored(post.postId(), decision.complaintScore(), decision.language(),
                                decision.reasons(), Instant.now().truncatedTo(ChronoUnit.MICROS)));
            }
        });
    }
}
