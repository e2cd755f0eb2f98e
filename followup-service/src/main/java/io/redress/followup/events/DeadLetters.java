package io.redress.followup.events;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Where a record goes when handling it failed: to the dead-letter topic, unless the service has begun to stop.
 * Then the failure most likely says only that the database or the session is closing, not that the record is
 * bad, so the record is left unacknowledged and the partition's next consumer reads it again (consumers are
 * idempotent). A record that is bad after all is parked then.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean stopping() {
        return stopping;
    }

    /** Parks the record, or leaves it for redelivery while the service stops (it is then neither acked nor nacked). */
    public CompletionStage<Void> park(Message<?> record, Throwable failure) {
        if (stopping) {
            LOG.infof("Leaving a record for redelivery: it failed while the service stops (%s)", failure.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        LOG.errorf(failure, "Parking a record on the dead-letter topic");
        return record.nack(failure);
    }
}
