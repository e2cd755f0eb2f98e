package io.redress.intake.service;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.intake.model.Attachment;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.Message;
import io.redress.intake.repository.AttachmentRepository;
import io.redress.intake.repository.IdentityRepository;
import io.redress.intake.repository.MessageRepository;

/**
 * Defence in depth for public replies: what a private message of the conversation revealed (e-mail addresses,
 * phone and order numbers, references mixing letters and digits, attachment names) and the customer's addresses
 * must not appear in anything said in public.
 */
@ApplicationScoped
public class PrivateData {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    // Order numbers, booking references, phone numbers: a run of four or more digits, or a token of letters and digits.
    private static final Pattern NUMBERISH = Pattern.compile("\\+?\\d[\\d -]{2,}\\d|\\b(?=[A-Za-z-]*\\d)(?=[\\d-]*[A-Za-z])[A-Za-z\\d-]{5,}\\b");

    private final MessageRepository messages;
    private final AttachmentRepository attachments;
    private final IdentityRepository identities;

    PrivateData(MessageRepository messages, AttachmentRepository attachments, IdentityRepository identities) {
        this.messages = messages;
        this.attachments = attachments;
        this.identities = identities;
    }

    /** The first private detail the text would reveal, if any (for the refusal; never logged). */
    public Optional<String> revealedBy(String text, Complaint complaint) {
        String haystack = normalise(text);
        return secrets(complaint).stream().filter(secret -> haystack.contains(secret)).findFirst();
    }

    private Set<String> secrets(Complaint complaint) {
        var secrets = new LinkedHashSet<String>();
        var privateMessages = messages.privateOnes(complaint.id);
        for (Message message : privateMessages) {
            collect(EMAIL.matcher(message.text), secrets);
            collect(NUMBERISH.matcher(message.text), secrets);
            if (message.authorKey != null && message.authorKey.contains("@")) {
                secrets.add(normalise(message.authorKey));
            }
        }
        for (Attachment attachment : attachments.ofMessages(privateMessages.stream().map(m -> m.id).toList())) {
            if (attachment.name != null && attachment.name.length() >= 3) {
                secrets.add(normalise(attachment.name));
            }
        }
        if (complaint.authorEmail != null) {
            secrets.add(normalise(complaint.authorEmail));
        }
        if (complaint.customerId != null) {
            identities.ofCustomer(complaint.customerId).stream()
                    .filter(identity -> identity.kind.equals(Identities.EMAIL) || identity.kind.equals(Identities.PHONE))
                    .forEach(identity -> secrets.add(normalise(identity.value)));
        }
        secrets.removeIf(secret -> secret.length() < 4);
        return secrets;
    }

    private static void collect(Matcher matches, Set<String> into) {
        while (matches.find()) {
            into.add(normalise(matches.group()));
        }
    }

    /** Case and separators do not hide a number: "AB-12 34" and "ab1234" are the same reference. */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
