package io.redress.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;
import io.redress.intake.service.Inbound;

/** Inbound items as the channel adapters hand them over, for tests of the service layer. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString();
    }

    public static Inbound.Sender person(String key, String handle) {
        return new Inbound.Sender(key, handle, "Rina", 120L, null, null);
    }

    public static Inbound direct(Channel channel, Inbound.Sender author, String text, Instant at, String threadKey,
            String... references) {
        return new Inbound(channel, unique(), author, text, Visibility.PRIVATE, null, List.of(references), threadKey, at,
                List.of(), Inbound.Route.CONVERSATION, "test");
    }

    public static Inbound mention(Channel channel, Inbound.Sender author, String text, Instant at, String... references) {
        return new Inbound(channel, unique(), author, text, Visibility.PUBLIC, null, List.of(references), null, at,
                List.of(), Inbound.Route.MENTION, "test");
    }
}
