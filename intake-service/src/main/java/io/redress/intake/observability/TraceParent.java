package io.redress.intake.observability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} of a trace, kept as text so that it can wait in a database row: the outbox relay
 * publishes on its own thread, long after the request that wrote the event has gone.
 */
public final class TraceParent {

    private static final String HEADER = "traceparent";

    private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceParent) {
            return List.of(HEADER);
        }

        @Override
        public String get(String traceParent, String key) {
            return HEADER.equals(key) ? traceParent : null;
        }
    };

    private TraceParent() {
    }

    /** The trace context of the calling thread, if it has one. */
    public static Optional<String> current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(HEADER));
    }

    /** A context whose parent span is the stored one, so that work done later joins the same trace. */
    public static Context restore(String traceParent) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, STORED);
    }
}
