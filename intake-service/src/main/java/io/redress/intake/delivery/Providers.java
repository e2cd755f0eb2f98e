package io.redress.intake.delivery;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Sends one reply through the provider's API, once; returns the provider's id of what was sent. */
@ApplicationScoped
public class Providers {

    private final XApi x;
    private final GraphApi graph;
    private final Mailer mailer;
    private final DeliveryConfig config;

    Providers(@RestClient XApi x, @RestClient GraphApi graph, Mailer mailer, DeliveryConfig config) {
        this.x = x;
        this.graph = graph;
        this.mailer = mailer;
        this.config = config;
    }

    public String send(Target target, String text) {
        try {
            return switch (target.kind()) {
                case X_REPLY -> id(x.post(bearer(), Map.of("text", text,
                        "reply", Map.of("in_reply_to_tweet_id", target.recipient()))).path("data"), "id");
                case X_DIRECT_MESSAGE -> id(x.directMessage(bearer(), target.recipient(), Map.of("text", text)).path("data"),
                        "dm_event_id");
                case FACEBOOK_COMMENT_REPLY -> id(graph.commentReply(target.recipient(), pageToken(), Map.of("message", text)), "id");
                case INSTAGRAM_COMMENT_REPLY -> id(graph.instagramReply(target.recipient(), pageToken(), Map.of("message", text)),
                        "id");
                case MESSENGER_MESSAGE -> id(graph.message(pageToken(), messenger(Map.of("id", target.recipient()), text)),
                        "message_id");
                case MESSENGER_PRIVATE_REPLY -> id(graph.message(pageToken(),
                        messenger(Map.of("comment_id", target.recipient()), text)), "message_id");
                case EMAIL -> email(target, text);
            };
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new DeliveryFailed("the provider answered HTTP " + status, status == 429 || status >= 500);
        } catch (ProcessingException e) {
            throw new DeliveryFailed("the provider could not be reached", true);
        }
    }

    private static Map<String, Object> messenger(Map<String, String> recipient, String text) {
        return Map.of("recipient", recipient, "messaging_type", "RESPONSE", "message", Map.of("text", text));
    }

    private String email(Target target, String text) {
        String messageId = UUID.randomUUID() + "@redress.intake";
        Mail mail = Mail.withText(target.recipient(), config.mailSubject(), text)
                .addHeader("Message-ID", "<" + messageId + ">");
        if (target.inReplyTo() != null) {
            mail.addHeader("In-Reply-To", "<" + target.inReplyTo() + ">").addHeader("References", "<" + target.inReplyTo() + ">");
        }
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new DeliveryFailed("the mail server refused the message", true);
        }
        return messageId;
    }

    private static String id(JsonNode answer, String field) {
        if (answer == null || !answer.path(field).isTextual()) {
            throw new DeliveryFailed("the provider's answer has no " + field, false);
        }
        return answer.path(field).asText();
    }

    private String bearer() {
        return "Bearer " + config.xAccessToken().orElseThrow(() -> new DeliveryFailed("no X access token is configured", false));
    }

    private String pageToken() {
        return config.metaPageAccessToken()
                .orElseThrow(() -> new DeliveryFailed("no Meta page access token is configured", false));
    }
}
