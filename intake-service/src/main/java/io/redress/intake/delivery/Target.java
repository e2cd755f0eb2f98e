package io.redress.intake.delivery;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;

/**
 * Where one reply goes.
 *
 * @param kind the provider call
 * @param channel the channel it travels on, for the thread and the event
 * @param recipient the item replied to (tweet, comment, e-mail Message-ID) or the person written to (X user id, PSID,
 *        e-mail address)
 * @param inReplyTo for e-mail: the Message-ID answered, if any
 */
public record Target(Kind kind, Channel channel, Visibility visibility, String recipient, String inReplyTo) {

    public enum Kind {
        X_REPLY, X_DIRECT_MESSAGE, FACEBOOK_COMMENT_REPLY, INSTAGRAM_COMMENT_REPLY, MESSENGER_MESSAGE, MESSENGER_PRIVATE_REPLY,
        EMAIL
    }
}
