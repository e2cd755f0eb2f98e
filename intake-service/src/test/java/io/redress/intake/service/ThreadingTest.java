package io.redress.intake.service;

import static io.redress.intake.Fixtures.direct;
import static io.redress.intake.Fixtures.mention;
import static io.redress.intake.Fixtures.person;
import static io.redress.intake.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.events.v1.ComplaintMessageAdded;
import io.redress.events.v1.ComplaintReceived;
import io.redress.intake.KafkaTopicReader;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Complaint;
import io.redress.intake.model.Visibility;

@QuarkusTest
class ThreadingTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @Inject
    Intake intake;

    @Inject
    EntityManager db;

    void close(Complaint complaint, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery(
                "update complaint set status = 'CLOSED', closed_at = :at where id = :id")
                .setParameter("at", at).setParameter("id", complaint.id).executeUpdate());
    }

    @Test
    void aSecondDirectMessageWithinTheWindowJoinsTheOpenComplaint() {
        var rina = person(unique(), "@rina" + unique());
        Taken first = intake.take(direct(Channel.X, rina, "Where is my parcel?", T0, null));
        Taken second = intake.take(direct(Channel.X, rina, "Hello??", T0.plus(Duration.ofMinutes(30)), null));

        assertEquals(Taken.Outcome.OPENED, first.outcome());
        assertEquals(Taken.Outcome.ADDED, second.outcome());
        assertEquals(first.complaint().id, second.complaint().id);
    }

    @Test
    void aMessageAfterTheWindowOpensAnotherComplaint() {
        var rina = person(unique(), "@rina" + unique());
        Taken first = intake.take(direct(Channel.X, rina, "Where is my parcel?", T0, null));
        Taken later = intake.take(direct(Channel.X, rina, "New problem", T0.plus(Duration.ofHours(5)), null));

        assertEquals(Taken.Outcome.OPENED, later.outcome());
        assertNotEquals(first.complaint().id, later.complaint().id);
        assertEquals(1, later.complaint().customerId.equals(first.complaint().customerId) ? 1 : 0,
                "the same customer, recognised by their user id");
    }

    @Test
    void aReplyToAKnownItemJoinsItsComplaintWhateverTheTime() {
        var rina = person(unique(), "@rina" + unique());
        Taken first = intake.take(direct(Channel.EMAIL, rina, "My invoice is wrong", T0, null));
        Taken reply = intake.take(direct(Channel.EMAIL, person(unique(), "other"), "Any news?",
                T0.plus(Duration.ofDays(3)), null, "unknown-id", first.complaint().externalId));

        assertEquals(Taken.Outcome.ADDED, reply.outcome());
        assertEquals(first.complaint().id, reply.complaint().id);
    }

    @Test
    void aReplyAfterClosureReopensTheComplaintWithinTheReopenPeriod() throws Exception {
        var rina = person(unique(), "@rina" + unique());
        Taken first = intake.take(direct(Channel.MESSENGER, rina, "Broken blender", T0, "psid-" + rina.key()));
        close(first.complaint(), T0.plus(Duration.ofDays(1)));

        try (var messages = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintMessageAdded.TOPIC))) {
            Taken again = intake.take(direct(Channel.MESSENGER, rina, "It broke again", T0.plus(Duration.ofDays(3)),
                    "psid-" + rina.key()));

            assertEquals(Taken.Outcome.REOPENED, again.outcome());
            assertEquals(first.complaint().id, again.complaint().id);
            List<ConsumerRecord<String, String>> added = messages.await(
                    r -> r.value().contains(again.messageId().toString()), 1, Duration.ofSeconds(30));
            assertEquals(1, added.size());
            assertEquals(true, added.get(0).value().contains("\"reopened\":true"), added.get(0).value());
        }
    }

    @Test
    void aMessageAfterTheReopenPeriodOpensANewComplaintLinkedToTheOldOne() throws Exception {
        var rina = person(unique(), "@rina" + unique());
        Taken first = intake.take(direct(Channel.MESSENGER, rina, "Broken blender", T0, "psid-" + rina.key()));
        close(first.complaint(), T0.plus(Duration.ofDays(1)));

        try (var received = new KafkaTopicReader(KafkaTopicReader.topic(ComplaintReceived.TOPIC))) {
            Taken later = intake.take(direct(Channel.MESSENGER, rina, "Again!", T0.plus(Duration.ofDays(30)),
                    "psid-" + rina.key()));

            assertEquals(Taken.Outcome.OPENED, later.outcome());
            assertEquals(first.complaint().id, later.complaint().linkedComplaintId);
            var event = received.await(r -> r.key().equals(later.complaint().id.toString()), 1, Duration.ofSeconds(30));
            assertEquals(1, event.size());
            assertEquals(true, event.get(0).value().contains("\"linkedComplaintId\":\"" + first.complaint().id + "\""));
            assertEquals(true, event.get(0).value().contains("\"priorComplaints\":1"), event.get(0).value());
        }
    }

    @Test
    void aPublicMentionIsKeptAsAPostNotAComplaint() {
        Taken taken = intake.take(mention(Channel.X, person(unique(), "@someone"), "Nice weather for a delay", T0));

        assertEquals(Taken.Outcome.POSTED, taken.outcome());
        assertNull(taken.complaint());
    }

    @Test
    void aMentionWithAConfiguredKeywordBecomesAComplaintAtOnce() {
        Taken taken = intake.take(mention(Channel.X, person(unique(), "@someone"), "I want a REFUND now", T0));

        assertEquals(Taken.Outcome.OPENED, taken.outcome());
        assertEquals(Visibility.PUBLIC, taken.complaint().visibility);
    }

    @Test
    void aPublicReplyToAComplaintsTweetJoinsIt() {
        var rina = person(unique(), "@rina" + unique());
        Taken first = intake.take(mention(Channel.X, rina, "Charged twice for one ticket", T0));
        Taken reply = intake.take(mention(Channel.X, person(unique(), "@friend"), "Same here",
                T0.plus(Duration.ofDays(2)), first.complaint().externalId));

        assertEquals(Taken.Outcome.ADDED, reply.outcome());
        assertEquals(first.complaint().id, reply.complaint().id);
    }

    @Test
    void theSameItemTwiceIsStoredOnce() {
        var item = direct(Channel.X, person(unique(), "@rina" + unique()), "Where is my parcel?", T0, null);
        Taken first = intake.take(item);
        Taken again = intake.take(item);

        assertEquals(Taken.Outcome.DUPLICATE, again.outcome());
        assertEquals(first.complaint().id, again.complaint().id);
    }
}
