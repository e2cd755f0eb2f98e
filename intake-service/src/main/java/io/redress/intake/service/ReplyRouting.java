package io.redress.intake.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.intake.delivery.DeliveryFailed;
import io.redress.intake.delivery.Target;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.Message;
import io.redress.intake.model.Visibility;
import io.redress.intake.repository.IdentityRepository;
import io.redress.intake.repository.MessageRepository;

/**
 * Decides where a reply goes: a public reply answers the customer's latest public item on the complaint's public
 * channel; a private one goes to the channel the conversation is on now (a DM, Messenger, e-mail).
 */
@ApplicationScoped
public class ReplyRouting {

    private final MessageRepository messages;
    private final IdentityRepository identities;

    ReplyRouting(MessageRepository messages, IdentityRepository identities) {
        this.messages = messages;
        this.identities = identities;
    }

    public Target route(Complaint complaint, Visibility visibility) {
        return visibility == Visibility.PUBLIC ? publicReply(complaint) : privateReply(complaint);
    }

    private Target publicReply(Complaint complaint) {
        Channel channel = complaint.channel;
        Message answered = messages.newestInbound(complaint.id, channel, Visibility.PUBLIC)
                .orElseThrow(() -> new DeliveryFailed("the complaint has no public item to reply to", false));
        Target.Kind kind = switch (channel) {
            case X -> Target.Kind.X_REPLY;
            case FACEBOOK -> Target.Kind.FACEBOOK_COMMENT_REPLY;
            case INSTAGRAM -> Target.Kind.INSTAGRAM_COMMENT_REPLY;
            default -> throw new DeliveryFailed("intake cannot post public replies on " + channel.wire(), false);
        };
        return new Target(kind, channel, Visibility.PUBLIC, answered.externalId, null);
    }

    private Target privateReply(Complaint complaint) {
        Channel channel = complaint.currentChannel;
        return switch (channel) {
            case EMAIL -> email(complaint);
            case X -> new Target(Target.Kind.X_DIRECT_MESSAGE, Channel.X, Visibility.PRIVATE,
                    latestAuthor(complaint, Channel.X), null);
            case MESSENGER -> messages.newestInbound(complaint.id, Channel.MESSENGER)
                    .map(message -> new Target(Target.Kind.MESSENGER_MESSAGE, Channel.MESSENGER, Visibility.PRIVATE,
                            message.authorKey, null))
                    // Switched from a page comment: Meta's private reply to that comment opens the conversation.
                    .orElseGet(() -> new Target(Target.Kind.MESSENGER_PRIVATE_REPLY, Channel.MESSENGER, Visibility.PRIVATE,
                            latestExternalId(complaint, Channel.FACEBOOK), null));
            case INSTAGRAM -> new Target(Target.Kind.MESSENGER_PRIVATE_REPLY, Channel.INSTAGRAM, Visibility.PRIVATE,
                    latestExternalId(complaint, Channel.INSTAGRAM), null);
            default -> throw new DeliveryFailed("intake cannot send private replies on " + channel.wire(), false);
        };
    }

    private Target email(Complaint complaint) {
        Optional<Message> lastMail = messages.newestInbound(complaint.id, Channel.EMAIL);
        String address = lastMail.map(message -> message.authorKey)
                .or(() -> Optional.ofNullable(complaint.authorEmail))
                .or(() -> complaint.customerId == null ? Optional.empty()
                        : identities.ofCustomer(complaint.customerId).stream()
                                .filter(identity -> identity.kind.equals(Identities.EMAIL))
                                .map(identity -> identity.value).reduce((first, later) -> later))
                .orElseThrow(() -> new DeliveryFailed("intake has no e-mail address for this customer", false));
        return new Target(Target.Kind.EMAIL, Channel.EMAIL, Visibility.PRIVATE, address,
                lastMail.map(message -> message.externalId).orElse(null));
    }

    private String latestAuthor(Complaint complaint, Channel channel) {
        return messages.newestInbound(complaint.id, channel).map(message -> message.authorKey)
                .filter(key -> key != null && !key.isBlank())
                .orElseThrow(() -> new DeliveryFailed("intake does not know the customer's id on " + channel.wire(), false));
    }

    private String latestExternalId(Complaint complaint, Channel channel) {
        return messages.newestInbound(complaint.id, channel).map(message -> message.externalId)
                .orElseThrow(() -> new DeliveryFailed("the complaint has no " + channel.wire() + " item to answer", false));
    }
}
