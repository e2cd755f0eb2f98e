package io.redress.intake.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.redress.intake.Rows;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestSecurity(user = "mail-gateway", roles = "integration")
class EmailChannelTest {

    @Inject
    Rows rows;

    static ValidatableResponse send(String mail) {
        return given().contentType("message/rfc822").body(mail.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1))
                .post("/channels/email").then();
    }

    static String id() {
        return UUID.randomUUID() + "@mail.example.org";
    }

    static String sender() {
        return "anna." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void aQuotedPrintableMessageBecomesAPrivateComplaint() {
        String messageId = id();
        String complaint = send("""
                From: =?UTF-8?Q?Anna_K=C3=B6hler?= <%s>
                To: care@brand.example
                Subject: =?UTF-8?Q?R=C3=BCckerstattung?= fehlt
                Message-ID: <%s>
                Date: Mon, 23 Nov 2026 09:00:00 +0000
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Ich warte seit drei Wochen auf meine R=C3=BCckerstattung.
                """.formatted(sender(), messageId))
                .statusCode(201).body("outcome", equalTo("opened")).extract().path("complaintId");
        assertEquals("Rückerstattung fehlt\n\nIch warte seit drei Wochen auf meine Rückerstattung.",
                rows.single("select text from message where external_id = :p", messageId));
        assertEquals(complaint, rows.single("select cast(complaint_id as varchar) from message where external_id = :p", messageId));
    }

    @Test
    void htmlOnlyAlternativeIsReducedToTextAndAttachmentsAreRecordedNotInlined() throws Exception {
        String messageId = id();
        send("""
                From: %s
                Subject: Broken kettle
                Message-ID: <%s>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/html; charset=ISO-8859-1
                Content-Transfer-Encoding: base64

                PHA+VGhlIGtldHRsZSBpcyBicm9rZW4uPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PjwvcD48cD5M
                b3ZlLCBK9nJnPC9wPg==
                --inner--
                --outer
                Content-Type: image/jpeg; name="kettle.jpg"
                Content-Disposition: attachment; filename="kettle.jpg"
                Content-Transfer-Encoding: base64

                /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQ==
                --outer--
                """.formatted(sender(), messageId)).statusCode(201);
        String text = (String) rows.single("select text from message where external_id = :p", messageId);
        assertEquals("Broken kettle\n\nThe kettle is broken.\n\nLove, Jörg", text);
        byte[] jpeg = Base64.getDecoder().decode("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQ==");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        assertEquals("kettle.jpg|image/jpeg|" + jpeg.length + "|" + sha256,
                rows.single("select a.name || '|' || a.content_type || '|' || a.size || '|' || a.sha256"
                        + " from attachment a join message m on m.id = a.message_id where m.external_id = :p", messageId));
        assertEquals(0L, ((Number) rows.single("select count(*) from message where external_id = :p"
                + " and text like '%/9j/%'", messageId)).longValue(), "attachment bytes are not inlined");
    }

    @Test
    void aReplyWithInReplyToJoinsTheComplaint() {
        String first = id();
        String from = sender();
        String complaint = send("""
                From: %s
                Subject: Invoice wrong
                Message-ID: <%s>
                Date: Mon, 16 Nov 2026 09:00:00 +0000
                Content-Type: text/plain

                Invoice 4471 is wrong.
                """.formatted(from, first)).statusCode(201).extract().path("complaintId");
        send("""
                From: %s
                Subject: Re: Invoice wrong
                Message-ID: <%s>
                In-Reply-To: <%s>
                References: <%s>
                Date: Mon, 23 Nov 2026 09:00:00 +0000
                Content-Type: text/plain

                Any news?
                """.formatted(from, id(), first, first)).statusCode(200)
                .body("outcome", equalTo("added")).body("complaintId", equalTo(complaint));
    }

    @Test
    void autoRepliesAndBouncesAreRecordedAsIgnoredNotAsComplaints() {
        String vacation = id();
        send("""
                From: %s
                Subject: Out of Office: Invoice wrong
                Message-ID: <%s>
                Auto-Submitted: auto-replied
                Content-Type: text/plain

                I am away until Monday.
                """.formatted(sender(), vacation)).statusCode(202).body("outcome", equalTo("ignored"));
        String bounce = id();
        send("""
                From: MAILER-DAEMON@mx.example.org
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <%s>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                The mail system could not deliver your message.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org
                Final-Recipient: rfc822; nobody@example.org
                Action: failed
                Status: 5.1.1
                --b--
                """.formatted(bounce)).statusCode(202).body("reason", containsString("bounce"));
        String bulk = id();
        send("""
                From: %s
                Subject: Newsletter
                Message-ID: <%s>
                Precedence: bulk
                Content-Type: text/plain

                Our offers.
                """.formatted(sender(), bulk)).statusCode(202);
        assertEquals(0, rows.count("message", "external_id", vacation));
        assertEquals(1, rows.count("ignored_inbound", "external_id", bounce));
        assertEquals(0, rows.count("message", "external_id", bulk));
    }

    @Test
    void anUnknownCharsetIsRefusedWithAProblemNotAServerError() {
        String messageId = id();
        send("""
                From: %s
                Subject: Help
                Message-ID: <%s>
                Content-Type: text/plain; charset=x-klingon-8

                Qapla
                """.formatted(sender(), messageId)).statusCode(415)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("charset"));
        assertEquals(0, rows.count("message", "external_id", messageId));
    }

    @Test
    void aMessageWithoutSenderIsRefusedNamingTheHeader() {
        send("""
                Subject: Help
                Content-Type: text/plain

                Who am I
                """).statusCode(400).body("violations.field", hasItem("From"));
    }

    @Test
    void theSameMessageTwiceIsStoredOnce() {
        String mail = """
                From: %s
                Subject: Lost parcel
                Message-ID: <%s>
                Content-Type: text/plain

                Parcel lost.
                """.formatted(sender(), id());
        send(mail).statusCode(201);
        send(mail).statusCode(200).body("outcome", equalTo("duplicate"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void anAgentCannotPostRawMail() {
        send("From: a@example.org\nSubject: x\n\nx\n").statusCode(403).body(not(containsString("a@example.org")));
    }
}
