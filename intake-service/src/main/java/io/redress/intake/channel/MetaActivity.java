package io.redress.intake.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;
import io.redress.intake.service.Inbound;
import io.redress.intake.service.InvalidInput;

/**
 * Reads a Meta Graph webhook delivery: {@code entry[].changes[]} for Facebook page posts and comments
 * ({@code object: page}, field {@code feed}) and Instagram comments ({@code object: instagram}, field
 * {@code comments}), public; {@code entry[].messaging[]} for Messenger and Instagram messages, private. The page's
 * own items, echoes, edits and removals are skipped.
 */
@ApplicationScoped
public class MetaActivity {

    public List<Inbound> read(JsonNode delivery) {
        String object = Json.text(delivery, "object", "body");
        boolean instagram = object.equals("instagram");
        var items = new ArrayList<Inbound>();
        JsonNode entries = Json.array(delivery, "entry", "body");
        for (int e = 0; e < entries.size(); e++) {
            JsonNode entry = entries.get(e);
            String path = "entry[" + e + "]";
            String owner = Json.optionalText(entry, "id");
            JsonNode changes = Json.array(entry, "changes", path);
            for (int c = 0; c < changes.size(); c++) {
                String changePath = path + ".changes[" + c + "]";
                JsonNode change = changes.get(c);
                String field = Json.optionalText(change, "field");
                if (instagram && "comments".equals(field)) {
                    items.add(instagramComment(change.path("value"), entry, changePath + ".value"));
                } else if (!instagram && "feed".equals(field) && isNewItem(change.path("value"), owner)) {
                    items.add(pageFeedItem(change.path("value"), changePath + ".value"));
                }
            }
            JsonNode messaging = Json.array(entry, "messaging", path);
            for (int m = 0; m < messaging.size(); m++) {
                JsonNode event = messaging.get(m);
                JsonNode message = event.path("message");
                if (message.isObject() && !message.path("is_echo").asBoolean(false)) {
                    items.add(message(event, instagram, path + ".messaging[" + m + "]"));
                }
            }
        }
        return items;
    }

    private static boolean isNewItem(JsonNode value, String page) {
        String item = Json.optionalText(value, "item");
        String from = Json.optionalText(value.path("from"), "id");
        return "add".equals(Json.optionalText(value, "verb"))
                && ("comment".equals(item) || "post".equals(item) || "status".equals(item))
                && (from == null || !from.equals(page));
    }

    private static Inbound pageFeedItem(JsonNode value, String path) {
        boolean comment = "comment".equals(Json.optionalText(value, "item"));
        String id = comment ? Json.text(value, "comment_id", path) : Json.text(value, "post_id", path);
        JsonNode from = value.path("from");
        var author = new Inbound.Sender(Json.text(from, "id", path + ".from"), Json.optionalText(from, "name"),
                Json.optionalText(from, "name"), null, null, null);
        List<String> answers = new ArrayList<>();
        if (comment) {
            Json.addIfPresent(answers, Json.optionalText(value, "post_id"));
            Json.addIfPresent(answers, Json.optionalText(value, "parent_id"));
        }
        return new Inbound(Channel.FACEBOOK, id, author, Json.text(value, "message", path), Visibility.PUBLIC,
                Json.optionalText(value, "permalink_url"), answers, null, Json.epochSecondsOrNow(value, "created_time"),
                List.of(), Inbound.Route.MENTION, "webhook:meta");
    }

    private static Inbound instagramComment(JsonNode value, JsonNode entry, String path) {
        JsonNode from = value.path("from");
        var author = new Inbound.Sender(Json.text(from, "id", path + ".from"), Json.optionalText(from, "username"),
                null, null, null, null);
        List<String> answers = new ArrayList<>();
        Json.addIfPresent(answers, Json.optionalText(value.path("media"), "id"));
        Json.addIfPresent(answers, Json.optionalText(value, "parent_id"));
        return new Inbound(Channel.INSTAGRAM, Json.text(value, "id", path), author, Json.text(value, "text", path),
                Visibility.PUBLIC, null, answers, null, Json.epochSecondsOrNow(entry, "time"), List.of(),
                Inbound.Route.MENTION, "webhook:meta");
    }

    private static Inbound message(JsonNode event, boolean instagram, String path) {
        String sender = Json.text(event.path("sender"), "id", path + ".sender");
        JsonNode message = event.path("message");
        String text = Json.optionalText(message, "text");
        JsonNode attachments = Json.array(message, "attachments", path + ".message");
        if (text == null && attachments.isEmpty()) {
            throw InvalidInput.malformed(path + ".message.text", "is required");
        }
        if (text == null) {
            // Messenger sends links to files, not files: there is no name, size or checksum to record.
            text = "(" + attachments.size() + " attachment(s): " + Json.optionalText(attachments.get(0), "type") + ")";
        }
        var author = new Inbound.Sender(sender, sender, null, null, null, null);
        Instant at = event.path("timestamp").canConvertToLong() ? Instant.ofEpochMilli(event.path("timestamp").asLong())
                : Instant.now();
        return new Inbound(instagram ? Channel.INSTAGRAM : Channel.MESSENGER, Json.text(message, "mid", path + ".message"),
                author, text, Visibility.PRIVATE, null, List.of(), "psid:" + sender, at, List.of(),
                Inbound.Route.CONVERSATION, "webhook:meta");
    }
}
