package io.redress.intake.channel;

import java.time.Instant;
import java.util.List;

import io.redress.intake.service.Inbound;

/**
 * An e-mail as intake reads it.
 *
 * @param ignoredBecause why it is not a customer's message (an auto-reply, a bounce), or null
 */
public record InboundMail(
        String messageId,
        String fromAddress,
        String fromName,
        String subject,
        String text,
        List<String> references,
        Instant sentAt,
        List<Inbound.AttachmentInfo> attachments,
        String ignoredBecause) {
}
