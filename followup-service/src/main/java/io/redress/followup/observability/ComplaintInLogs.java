package io.redress.followup.observability;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Header;
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

    static final String KEY = "complaintId";

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(record -> record.getHeaders().lastHeader("ce_subject"))
                .map(Header::value)
                .ifPresentOrElse(subject -> MDC.put(KEY, new String(subject, StandardCharsets.UTF_8)),
                        () -> MDC.remove(KEY));
        return message;
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
