package io.redress.intake.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.redress.intake.channel.ChannelConfig;
import io.redress.intake.channel.ProviderPayload;
import io.redress.intake.channel.Signatures;
import io.redress.intake.channel.XActivity;
import io.redress.intake.service.Inbound;
import io.redress.intake.service.InvalidInput;
import io.redress.intake.service.Intake;

/** X Account Activity API webhook: the CRC challenge and signed event deliveries. */
@Path("/webhooks/x")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class XWebhookResource {

    private final ChannelConfig config;
    private final ProviderPayload payload;
    private final XActivity activity;
    private final Intake intake;

    XWebhookResource(ChannelConfig config, ProviderPayload payload, XActivity activity, Intake intake) {
        this.config = config;
        this.payload = payload;
        this.activity = activity;
        this.intake = intake;
    }

    @GET
    @Operation(summary = "CRC challenge", description = "response_token = 'sha256=' + base64(HMAC-SHA256(consumer secret, crc_token))")
    public Map<String, String> challenge(@QueryParam("crc_token") String crcToken) {
        if (crcToken == null || crcToken.isBlank()) {
            throw InvalidInput.malformed("crc_token", "is required");
        }
        return Map.of("response_token", sign(crcToken.getBytes(StandardCharsets.UTF_8)));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Signed activity delivery", description = "Verified by x-twitter-webhooks-signature; nothing is stored unless it matches.")
    public List<TakenView> deliver(@HeaderParam("x-twitter-webhooks-signature") String signature, byte[] body) {
        if (!Signatures.matches(sign(body == null ? new byte[0] : body), signature)) {
            throw InvalidInput.unauthenticated("x-twitter-webhooks-signature", "missing or not the signature of this body");
        }
        List<Inbound> items = activity.read(payload.read(body));
        return items.stream().map(intake::take).map(TakenView::of).toList();
    }

    private String sign(byte[] data) {
        return "sha256=" + Base64.getEncoder().encodeToString(Signatures.hmacSha256(
                config.x().consumerSecret().orElseThrow(() -> InvalidInput.notConfigured("redress.channels.x.consumer-secret")),
                data));
    }
}
