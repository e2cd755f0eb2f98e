package io.redress.triage.observability;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Puts the complaint a consumed event is about (its CloudEvent subject) in the logging MDC as {@code complaintId},
 * so every line logged while handling it names the complaint, and only by id. Applies to every incoming channel.
 */
@ApplicationScoped
public class ComplaintInLogs implements IncomingInterceptor {

    public static final String KEY = "complaintId";

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        name(message);
        return message;
    }

    /** Names the record's complaint in the MDC; a consumer of batches calls it for each record it handles. */
    public static void name(Message<?> record) {
        header(record, "ce_subject").ifPresentOrElse(subject -> MDC.put(KEY, subject), () -> MDC.remove(KEY));
    }

    /** A Kafka header of a consumed record, as text. */
    public static Optional<String> header(Message<?> record, String name) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> metadata.getHeaders().lastHeader(name))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8));
    }

    @Override
    public void onMessageAck(Message<?> message) {
        MDC.remove(KEY);
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        MDC.remove(KEY);
    }
}
