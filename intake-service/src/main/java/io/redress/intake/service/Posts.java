package io.redress.intake.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.redress.events.v1.PostScored;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.Post;
import io.redress.intake.model.PostStatus;
import io.redress.intake.repository.PostRepository;
import io.redress.intake.repository.ProcessedEvents;

/** Public mentions: listed for operators, converted in one call or dismissed, or converted by triage's score. */
@ApplicationScoped
public class Posts {

    private final PostRepository posts;
    private final Intake intake;
    private final PostRules rules;
    private final AuditTrail audit;
    private final ProcessedEvents processed;

    Posts(PostRepository posts, Intake intake, PostRules rules, AuditTrail audit, ProcessedEvents processed) {
        this.posts = posts;
        this.intake = intake;
        this.rules = rules;
        this.audit = audit;
        this.processed = processed;
    }

    public List<Post> list(PostStatus status, Channel channel, int limit) {
        return posts.search(status, channel, limit);
    }

    public record Converted(Complaint complaint, boolean isNew) {
    }

    /** Converting twice is safe: the second call answers with the complaint of the first. */
    public Converted convert(UUID postId, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Post post = posts.lock(postId).orElseThrow(() -> new NotFound("No post " + postId));
            boolean isNew = post.complaintId == null;
            return new Converted(intake.convert(post, actor), isNew);
        });
    }

    public Post dismiss(UUID postId, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Post post = posts.lock(postId).orElseThrow(() -> new NotFound("No post " + postId));
            if (post.status == PostStatus.CONVERTED) {
                throw new Conflict("Post " + postId + " is already complaint " + post.complaintId);
            }
            if (post.status == PostStatus.NEW) {
                post.status = PostStatus.DISMISSED;
                audit.record(null, post.customerId, actor, "post-dismissed", Map.of("postId", post.id.toString(), "status", "new"),
                        Map.of("postId", post.id.toString(), "status", "dismissed"));
            }
            return post;
        });
    }

    /**
     * Triage's score for a post; at or above the threshold a new post becomes a complaint. A post an operator
     * dismissed stays dismissed, and an unknown post (erased, or another environment's) is left alone.
     */
    public void scored(String eventId, PostScored score) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!processed.firstTime(eventId)) {
                return;
            }
            posts.lock(score.postId())
                    .filter(post -> post.status == PostStatus.NEW && rules.reachesThreshold(score.complaintScore()))
                    .ifPresent(post -> intake.convert(post, "triage:score"));
        });
    }
}
