package io.redress.intake.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.redress.intake.model.Channel;

/**
 * The identities an author shows on a channel, most stable first: the provider's user id (kind = channel),
 * the handle (kind = channel + "-handle"), the e-mail address and the phone number.
 */
public final class Identities {

    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    /** Every kind of identity: a channel's user id, a channel's handle, an e-mail address, a phone number. */
    public static final String KINDS = "(x|facebook|instagram|messenger|youtube|blog|forum|review|chat|other)(-handle)?|email|phone";

    private Identities() {
    }

    public record Identity(String kind, String value) {
    }

    public static List<Identity> of(Channel channel, Inbound.Sender author) {
        var identities = new ArrayList<Identity>();
        boolean addressOnly = channel == Channel.EMAIL || channel == Channel.WEBFORM || channel == Channel.PHONE;
        if (!addressOnly && present(author.key())) {
            identities.add(new Identity(channel.wire(), author.key().strip()));
        }
        if (!addressOnly && present(author.handle())) {
            identities.add(normalise(channel.wire() + "-handle", author.handle()));
        }
        if (present(author.email())) {
            identities.add(normalise(EMAIL, author.email()));
        }
        if (present(author.phone())) {
            identities.add(normalise(PHONE, author.phone()));
        }
        if (identities.isEmpty() && present(author.handle())) {
            // A web form or phone note with only a name: recognisable on that channel only.
            identities.add(normalise(channel.wire() + "-handle", author.handle()));
        }
        return identities;
    }

    /** Handles and addresses compare case-insensitively; phone numbers by their digits. */
    public static Identity normalise(String kind, String value) {
        String stripped = value.strip();
        if (kind.equals(PHONE)) {
            String digits = stripped.replaceAll("[^0-9]", "");
            return new Identity(kind, stripped.startsWith("+") ? "+" + digits : digits);
        }
        if (kind.endsWith("-handle") && stripped.startsWith("@")) {
            stripped = stripped.substring(1);
        }
        return new Identity(kind, kind.equals(EMAIL) || kind.endsWith("-handle") ? stripped.toLowerCase(Locale.ROOT) : stripped);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
