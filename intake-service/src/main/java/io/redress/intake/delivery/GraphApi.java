package io.redress.intake.delivery;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Meta Graph API: comment replies and Messenger messages. The base URL (with version) is {@code quarkus.rest-client.graph-api.url}. */
@RegisterRestClient(configKey = "graph-api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface GraphApi {

    /** A reply to a Facebook comment: body {@code {"message": ...}}; answers {@code {"id": ...}}. */
    @POST
    @Path("/{commentId}/comments")
    JsonNode commentReply(@PathParam("commentId") String commentId, @QueryParam("access_token") String accessToken,
            Map<String, Object> body);

    /** A reply to an Instagram comment: body {@code {"message": ...}}; answers {@code {"id": ...}}. */
    @POST
    @Path("/{commentId}/replies")
    JsonNode instagramReply(@PathParam("commentId") String commentId, @QueryParam("access_token") String accessToken,
            Map<String, Object> body);

    /**
     * A Messenger (or Instagram) message: body {@code {"recipient": {"id"|"comment_id": ...}, "messaging_type": "RESPONSE",
     * "message": {"text": ...}}}; answers {@code {"recipient_id": ..., "message_id": ...}}.
     */
    @POST
    @Path("/me/messages")
    JsonNode message(@QueryParam("access_token") String accessToken, Map<String, Object> body);
}
