package io.redress.intake.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.intake.mapping.ThreadMapper;
import io.redress.intake.model.Message;
import io.redress.intake.model.Visibility;
import io.redress.intake.repository.AttachmentRepository;
import io.redress.intake.repository.ComplaintRepository;
import io.redress.intake.repository.MessageRepository;
import io.redress.intake.rest.ThreadView;

/**
 * A complaint's conversation across channels. The public view is built from public messages only, so nothing of
 * a private message (text, attachment names, addresses) can reach it.
 */
@ApplicationScoped
public class Threads {

    private final ComplaintRepository complaints;
    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final ThreadMapper mapper;

    Threads(ComplaintRepository complaints, MessageRepository messages, AttachmentRepository attachments, ThreadMapper mapper) {
        this.complaints = complaints;
        this.messages = messages;
        this.attachments = attachments;
        this.mapper = mapper;
    }

    public ThreadView of(UUID complaintId, boolean publicOnly) {
        if (complaints.findByIdOptional(complaintId).isEmpty()) {
            throw new NotFound("No complaint " + complaintId);
        }
        List<Message> shown = messages.thread(complaintId).stream()
                .filter(message -> !publicOnly || message.visibility == Visibility.PUBLIC)
                .toList();
        return mapper.toThread(complaintId, publicOnly, shown, attachments.ofMessages(shown.stream().map(m -> m.id).toList()));
    }
}
