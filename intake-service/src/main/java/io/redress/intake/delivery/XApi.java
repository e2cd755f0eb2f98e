package io.redress.intake.delivery;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** X API v2: a reply post and a direct message. The base URL is {@code quarkus.rest-client.x-api.url}. */
@RegisterRestClient(configKey = "x-api")
@Path("/2")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface XApi {

    /** Body: {@code {"text": ..., "reply": {"in_reply_to_tweet_id": ...}}}; answers {@code {"data": {"id": ...}}}. */
    @POST
    @Path("/tweets")
    JsonNode post(@HeaderParam("Authorization") String authorization, Map<String, Object> body);

    /** Body: {@code {"text": ...}}; answers {@code {"data": {"dm_conversation_id": ..., "dm_event_id": ...}}}. */
    @POST
    @Path("/dm_conversations/with/{participantId}/messages")
    JsonNode directMessage(@HeaderParam("Authorization") String authorization, @PathParam("participantId") String participantId,
            Map<String, Object> body);
}
