package io.redress.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/** The one HTTP/1.1 client of the bench, posting complaints to intake asynchronously over kept-alive connections. */
final class IntakeClient {

    /** Outcome of one POST. {@code id} is set for accepted complaints; {@code failure} names what went wrong. */
    record PostResult(int status, String id, long startNanos, long endNanos, String failure) {

        boolean accepted() {
            return (status == 201 || status == 200) && id != null;
        }

        double latencyMillis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** At least the largest number of requests a phase keeps in flight, so no request waits in the pool queue. */
    private static final int MAX_CONNECTIONS = 1024;

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI base;
    private final String authorization;

    /** {@code token}: a bearer token with a role that may post complaints (./redress bench passes one). */
    IntakeClient(URI base, ObjectMapper json, String token) {
        this.base = base;
        this.json = json;
        this.authorization = token == null ? "" : "Bearer " + token;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        this.http = vertx.createHttpClient(new HttpClientOptions()
                        .setDefaultHost(base.getHost())
                        .setDefaultPort(base.getPort())
                        .setKeepAlive(true)
                        .setConnectTimeout(3_000),
                new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS).setMaxWaitQueueSize(-1));
    }

    /**
     * Cheap reachability check before any load: any HTTP answer means intake is up. Readiness is reported but
     * not required, since a not-ready service still yields meaningful (error) figures.
     */
    String probe() {
        try {
            int status = http.request(options(HttpMethod.GET, "/q/health/ready", Duration.ofSeconds(5)))
                    .compose(request -> request.send())
                    .map(response -> response.statusCode())
                    .toCompletionStage().toCompletableFuture().get(6, TimeUnit.SECONDS);
            return status == 200 ? "ready" : "answering, readiness HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while probing intake");
        } catch (Exception e) {
            throw new BenchException("intake is unreachable at " + base + " (" + describe(e)
                    + "). Start the stack first, or pass --intake URL.");
        }
    }

    /** Never completes exceptionally: transport failures come back as a PostResult with status 0. */
    CompletableFuture<PostResult> post(byte[] body) {
        long start = System.nanoTime();
        RequestOptions post = options(HttpMethod.POST, "/complaints", REQUEST_TIMEOUT)
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json")
                .putHeader("Authorization", authorization);
        return http.request(post)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(payload -> result(response.statusCode(), payload, start)))
                .toCompletionStage().toCompletableFuture()
                // A hard bound of our own: whatever happens inside the client, every post ends and is counted.
                .orTimeout(REQUEST_TIMEOUT.toMillis() + 2_000, TimeUnit.MILLISECONDS)
                .handle((result, error) -> error == null ? result
                        : new PostResult(0, null, start, System.nanoTime(), describe(error)));
    }

    private RequestOptions options(HttpMethod method, String path, Duration timeout) {
        return new RequestOptions().setMethod(method).setURI(path).setTimeout(timeout.toMillis());
    }

    private PostResult result(int status, Buffer payload, long start) {
        long end = System.nanoTime();
        if (status != 200 && status != 201) {
            return new PostResult(status, null, start, end, "HTTP " + status);
        }
        String id = idOf(payload.getBytes());
        return id == null
                ? new PostResult(status, null, start, end, "HTTP " + status + " without id")
                : new PostResult(status, id, start, end, null);
    }

    private String idOf(byte[] body) {
        try {
            JsonNode id = json.readTree(body).get("id");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Short, stable names for error tallies ("connection refused", "timeout", ...). */
    static String describe(Throwable error) {
        Throwable top = error;
        while (top instanceof CompletionException && top.getCause() != null) {
            top = top.getCause();
        }
        for (Throwable cause = top; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                return "timeout";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
        }
        String message = top.getMessage();
        return top.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
