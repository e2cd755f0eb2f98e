package io.redress.intake.channel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.redress.intake.service.Inbound;
import io.redress.intake.service.InvalidInput;

/**
 * Reads a raw RFC 5322 message with Jakarta Mail (Angus): decoded headers, the text (text/plain preferred in
 * multipart/alternative, else HTML reduced to text), attachments as name, type, size and SHA-256, the threading
 * headers, and whether it is an auto-reply or a bounce.
 */
@ApplicationScoped
public class MailReader {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^(auto(matic)?[ -]?(reply|response|antwort)|auto:|out of (the )?office|abwesenheit|r[ée]ponse automatique|vacation|away from)",
            Pattern.CASE_INSENSITIVE);
    private static final int DEPTH_LIMIT = 20;

    public InboundMail read(byte[] raw) {
        try {
            MimeMessage mail = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            var body = new Body();
            walk(mail, body, 0);
            InternetAddress from = from(mail);
            String subject = mail.getSubject();
            List<String> references = new ArrayList<>();
            ids(mail.getHeader("References", " "), references);
            ids(mail.getHeader("In-Reply-To", " "), references);
            String messageId = first(mail.getHeader("Message-ID", null));
            return new InboundMail(messageId != null ? messageId : sha256Hex(raw), from.getAddress().toLowerCase(Locale.ROOT),
                    from.getPersonal(), subject, body.text(), references,
                    mail.getSentDate() != null ? mail.getSentDate().toInstant() : Instant.now(), body.attachments,
                    ignoredBecause(mail, from, subject));
        } catch (UnsupportedEncodingException e) {
            throw new InvalidInput(415, "unsupported-charset", "Unsupported charset", "charset",
                    "the message uses a charset this server does not know: " + e.getMessage());
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw InvalidInput.malformed("body", "not a readable RFC 5322 message: " + e.getClass().getSimpleName());
        }
    }

    private static InternetAddress from(MimeMessage mail) throws MessagingException {
        String[] header = mail.getHeader("From");
        if (header == null || header.length == 0) {
            throw InvalidInput.malformed("From", "is required");
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(header[0], false);
            if (addresses.length == 0 || addresses[0].getAddress() == null || !addresses[0].getAddress().contains("@")) {
                throw InvalidInput.malformed("From", "is not an e-mail address");
            }
            return addresses[0];
        } catch (AddressException e) {
            throw InvalidInput.malformed("From", "is not an e-mail address");
        }
    }

    /** Auto-replies (RFC 3834 and the common vendor headers) and bounces are never a customer speaking. */
    private static String ignoredBecause(MimeMessage mail, InternetAddress from, String subject) throws MessagingException {
        String autoSubmitted = first(mail.getHeader("Auto-Submitted", null));
        if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
            return "auto-reply: Auto-Submitted " + autoSubmitted.strip();
        }
        if (mail.getHeader("X-Autoreply") != null || mail.getHeader("X-Autorespond") != null) {
            return "auto-reply: X-Autoreply";
        }
        String precedence = first(mail.getHeader("Precedence", null));
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|auto_reply|junk")) {
            return "auto-reply: Precedence " + precedence.strip();
        }
        if (isDeliveryReport(mail.getContentType())) {
            return "bounce: delivery-status report";
        }
        String local = from.getAddress().substring(0, from.getAddress().indexOf('@')).toLowerCase(Locale.ROOT);
        if (local.equals("mailer-daemon") || local.equals("postmaster")) {
            return "bounce: from " + local;
        }
        if (subject != null && AUTO_SUBJECT.matcher(subject.strip()).find()) {
            return "auto-reply: subject";
        }
        return null;
    }

    private static boolean isDeliveryReport(String contentType) {
        try {
            ContentType type = new ContentType(contentType);
            return type.match("multipart/report") && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    private void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > DEPTH_LIMIT) {
            throw InvalidInput.malformed("body", "MIME parts nested deeper than " + DEPTH_LIMIT);
        }
        if (part.isMimeType("multipart/alternative")) {
            alternative((Multipart) part.getContent(), body, depth);
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                walk(parts.getBodyPart(i), body, depth + 1);
            }
        } else if (isInlineText(part) && body.plain == null && body.html == null) {
            takeText(part, body);
        } else {
            body.attachments.add(attachment(part));
        }
    }

    private void alternative(Multipart parts, Body body, int depth) throws MessagingException, IOException {
        BodyPart html = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart candidate = parts.getBodyPart(i);
            if (candidate.isMimeType("text/plain") && body.plain == null) {
                body.plain = content(candidate);
                return;
            }
            if (candidate.isMimeType("text/html") && html == null) {
                html = candidate;
            }
            if (candidate.isMimeType("multipart/*")) {
                walk(candidate, body, depth + 1);
                if (body.plain != null) {
                    return;
                }
            }
        }
        if (html != null && body.plain == null && body.html == null) {
            body.html = content(html);
        }
    }

    private static boolean isInlineText(Part part) throws MessagingException {
        return (part.isMimeType("text/plain") || part.isMimeType("text/html"))
                && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() == null;
    }

    private static void takeText(Part part, Body body) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            body.plain = content(part);
        } else {
            body.html = content(part);
        }
    }

    /** Decodes the transfer encoding and the charset; an unknown charset surfaces as UnsupportedEncodingException. */
    private static String content(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        String javaCharset = MimeUtility.javaCharset(charset == null ? "us-ascii" : charset);
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), javaCharset);
        }
    }

    private static Inbound.AttachmentInfo attachment(Part part) throws MessagingException, IOException {
        MessageDigest sha256 = sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(part.getInputStream(), sha256)) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                size += read;
            }
        }
        String name = part.getFileName();
        String decoded = name == null ? null : MimeUtility.decodeText(name);
        String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        return new Inbound.AttachmentInfo(decoded, type, size, HexFormat.of().formatHex(sha256.digest()));
    }

    private static void ids(String header, List<String> into) {
        if (header == null) {
            return;
        }
        Matcher ids = MESSAGE_ID.matcher(header);
        while (ids.find()) {
            if (!into.contains(ids.group(1))) {
                into.add(ids.group(1));
            }
        }
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        Matcher id = MESSAGE_ID.matcher(header);
        return id.find() ? id.group(1) : header.strip();
    }

    private static String first(String[] header) {
        return header == null || header.length == 0 ? null : header[0];
    }

    private static String sha256Hex(byte[] raw) {
        return HexFormat.of().formatHex(sha256().digest(raw));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The text found so far and the attachments. */
    private static final class Body {
        String plain;
        String html;
        final List<Inbound.AttachmentInfo> attachments = new ArrayList<>();

        String text() {
            if (plain != null) {
                return plain.strip();
            }
            return html == null ? "" : htmlToText(html);
        }
    }

    /** Only the text survives: no markup, scripts, styles or links. */
    static String htmlToText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head").remove();
        document.select("br").before("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote").before("\\n\\n");
        String text = document.body() == null ? "" : document.body().text();
        return text.replace("\\n", "\n").replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
