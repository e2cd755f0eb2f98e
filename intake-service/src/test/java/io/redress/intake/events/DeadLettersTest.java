package io.redress.intake.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private final List<String> outcomes = new ArrayList<>();
    private final List<Throwable> nackedWith = new ArrayList<>();
    private final Message<String> record = Message.of("{}", () -> {
        outcomes.add("acked");
        return CompletableFuture.completedFuture(null);
    }, failure -> {
        outcomes.add("nacked");
        nackedWith.add(failure);
        return CompletableFuture.completedFuture(null);
    });

    @Test
    void aRecordThatFailsWhileTheServiceRunsGoesToTheDeadLetterTopicWithItsCause() {
        DeadLetters deadLetters = new DeadLetters();
        IllegalStateException failure = new IllegalStateException("category rule broke");

        deadLetters.park(record, failure).toCompletableFuture().join();

        assertEquals(List.of("nacked"), outcomes);
        assertSame(failure, nackedWith.get(0));
    }

    @Test
    void aRecordThatFailsWhileTheServiceStopsIsLeftForTheNextConsumerNeitherAckedNorParked() {
        DeadLetters deadLetters = new DeadLetters();
        deadLetters.stopping(null);

        deadLetters.park(record, new IllegalStateException("EntityManagerFactory is closed"))
                .toCompletableFuture().join();

        assertTrue(deadLetters.stopping());
        assertEquals(List.of(), outcomes);
    }
}
