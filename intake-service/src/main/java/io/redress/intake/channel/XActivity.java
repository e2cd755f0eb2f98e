package io.redress.intake.channel;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;
import io.redress.intake.service.Inbound;

/**
 * Reads an X Account Activity API delivery: {@code tweet_create_events} (mentions, replies, quote posts: public)
 * and {@code direct_message_events} (private). The brand's own posts and messages, which X echoes, are skipped.
 */
@ApplicationScoped
public class XActivity {

    /**
     * X sends a post's text with {@code &}, {@code <} and {@code >} escaped as HTML entities; the complaint keeps what
     * the customer typed. Undone in one pass, so a customer who typed {@code &lt;} keeps it.
     */
    private static final Pattern ESCAPED = Pattern.compile("&(amp|lt|gt);");
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

    public List<Inbound> read(JsonNode delivery) {
        String brand = Json.optionalText(delivery, "for_user_id");
        var items = new ArrayList<Inbound>();
        JsonNode tweets = Json.array(delivery, "tweet_create_events", "body");
        for (int i = 0; i < tweets.size(); i++) {
            Inbound tweet = tweet(tweets.get(i), "tweet_create_events[" + i + "]");
            if (!tweet.author().key().equals(brand)) {
                items.add(tweet);
            }
        }
        JsonNode messages = Json.array(delivery, "direct_message_events", "body");
        for (int i = 0; i < messages.size(); i++) {
            JsonNode event = messages.get(i);
            if ("message_create".equals(Json.optionalText(event, "type"))) {
                Inbound message = directMessage(event, delivery.path("users"), "direct_message_events[" + i + "]");
                if (!message.author().key().equals(brand)) {
                    items.add(message);
                }
            }
        }
        return items;
    }

    private static Inbound tweet(JsonNode tweet, String path) {
        String id = Json.text(tweet, "id_str", path);
        JsonNode user = tweet.path("user");
        String userId = Json.text(user, "id_str", path + ".user");
        String screenName = Json.text(user, "screen_name", path + ".user");
        // Long posts arrive truncated with the whole text in extended_tweet.
        String text = Json.optionalText(tweet.path("extended_tweet"), "full_text");
        if (text == null) {
            text = Json.text(tweet, "text", path);
        }
        text = unescaped(text);
        var author = new Inbound.Sender(userId, "@" + screenName, Json.optionalText(user, "name"),
                Json.optionalLong(user, "followers_count"), null, null);
        List<String> answers = new ArrayList<>();
        Json.addIfPresent(answers, Json.optionalText(tweet, "quoted_status_id_str"));
        Json.addIfPresent(answers, Json.optionalText(tweet, "in_reply_to_status_id_str"));
        return new Inbound(Channel.X, id, author, text, Visibility.PUBLIC, "https://x.com/" + screenName + "/status/" + id,
                answers, null, createdAt(tweet), List.of(), Inbound.Route.MENTION, "webhook:x");
    }

    static String unescaped(String text) {
        return text.indexOf('&') < 0 ? text : ESCAPED.matcher(text).replaceAll(entity -> switch (entity.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            default -> ">";
        });
    }

    private static Inbound directMessage(JsonNode event, JsonNode users, String path) {
        String id = Json.text(event, "id", path);
        JsonNode create = event.path("message_create");
        String sender = Json.text(create, "sender_id", path + ".message_create");
        String text = Json.text(create.path("message_data"), "text", path + ".message_create.message_data");
        JsonNode user = users.path(sender);
        String screenName = Json.optionalText(user, "screen_name");
        var author = new Inbound.Sender(sender, screenName == null ? sender : "@" + screenName,
                Json.optionalText(user, "name"), Json.optionalLong(user, "followers_count"), null, null);
        // One DM conversation per customer and brand: the sender's id keys it.
        return new Inbound(Channel.X, id, author, text, Visibility.PRIVATE, null, List.of(), "dm:" + sender,
                Json.epochMillis(event, "created_timestamp", path), List.of(), Inbound.Route.CONVERSATION, "webhook:x");
    }

    private static Instant createdAt(JsonNode tweet) {
        String millis = Json.optionalText(tweet, "timestamp_ms");
        if (millis != null && millis.chars().allMatch(Character::isDigit) && !millis.isEmpty() && millis.length() < 19) {
            return Instant.ofEpochMilli(Long.parseLong(millis));
        }
        String createdAt = Json.optionalText(tweet, "created_at");
        try {
            return createdAt == null ? Instant.now() : ZonedDateTime.parse(createdAt, CREATED_AT).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
