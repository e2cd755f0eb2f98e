package io.redress.intake.channel;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The secrets the providers sign their webhooks with, per environment; a webhook without its secret is closed (503). */
@ConfigMapping(prefix = "redress.channels")
public interface ChannelConfig {

    X x();

    Meta meta();

    interface X {
        /** The app's consumer secret (API secret key): CRC responses and x-twitter-webhooks-signature. */
        Optional<String> consumerSecret();
    }

    interface Meta {
        /** The app secret: X-Hub-Signature-256. */
        Optional<String> appSecret();

        /** The token we chose when subscribing the webhook: the hub.verify_token handshake. */
        Optional<String> verifyToken();
    }
}
