package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The one HTTP/1.1 client of the bench, posting complaints to intake asynchronously. */
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

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI base;
    private final URI complaints;

    IntakeClient(URI base, ObjectMapper json) {
        this.base = base;
        this.json = json;
        this.complaints = base.resolve("/complaints");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Cheap reachability check before any load: any HTTP answer means intake is up. Readiness is reported but
     * not required, since a not-ready service still yields meaningful (error) figures.
     */
    String probe() {
        URI ready = base.resolve("/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "ready" : "answering, readiness HTTP " + response.statusCode();
        } catch (IOException e) {
            throw new BenchException("intake is unreachable at " + base + " (" + describe(e)
                    + "). Start the stack first, or pass --intake URL.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while probing intake");
        }
    }

    /** Never completes exceptionally: transport failures come back as a PostResult with status 0. */
    CompletableFuture<PostResult> post(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(complaints)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    long end = System.nanoTime();
                    if (error != null) {
                        return new PostResult(0, null, start, end, describe(error));
                    }
                    int status = response.statusCode();
                    if (status != 200 && status != 201) {
                        return new PostResult(status, null, start, end, "HTTP " + status);
                    }
                    String id = idOf(response.body());
                    return id == null
                            ? new PostResult(status, null, start, end, "HTTP " + status + " without id")
                            : new PostResult(status, id, start, end, null);
                });
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
            if (cause instanceof HttpConnectTimeoutException) {
                return "connect timeout";
            }
            if (cause instanceof HttpTimeoutException) {
                return "request timeout (" + REQUEST_TIMEOUT.toSeconds() + " s)";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
        }
        String message = top.getMessage();
        return top.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
