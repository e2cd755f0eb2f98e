package io.redress.intake.service;

import java.time.Instant;
import java.util.List;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;

/**
 * One item as a channel adapter hands it to intake, whatever the provider's format was.
 *
 * @param references provider ids this item answers (a tweet's parent, e-mail In-Reply-To and References)
 * @param threadKey the provider's conversation key (DM conversation, Messenger sender, push thread id), if any
 * @param actor who delivered it, for the audit trail (a webhook, an integration, an agent)
 */
public record Inbound(
        Channel channel,
        String externalId,
        Sender author,
        String text,
        Visibility visibility,
        String url,
        List<String> references,
        String threadKey,
        Instant receivedAt,
        List<AttachmentInfo> attachments,
        Route route,
        String actor) {

    /** Events carry at most this much text; a longer e-mail (quoted history, signatures) is cut, not refused. */
    public static final int MAX_TEXT = 10_000;

    public Inbound {
        text = text == null || text.isBlank() ? "(no text)" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        references = references == null ? List.of() : references.stream().filter(r -> r != null && !r.isBlank()).toList();
        attachments = attachments == null ? List.of() : attachments;
    }

    /** How an item that belongs to no existing conversation is taken in. */
    public enum Route {
        /** A direct message, an e-mail, a chat: a complaint at once. */
        CONVERSATION,
        /** A public mention: a post, until converted. */
        MENTION,
        /** Submitted as a complaint ({@code POST /complaints}): a complaint, joining another only when it answers one. */
        COMPLAINT
    }

    /**
     * @param key the provider's stable id of the author (X user id, page-scoped id), if known
     */
    public record Sender(String key, String handle, String displayName, Long followers, String email, String phone) {
    }

    public record AttachmentInfo(String name, String contentType, long size, String sha256) {
    }

    public String inReplyTo() {
        return references.isEmpty() ? null : references.get(references.size() - 1);
    }
}
