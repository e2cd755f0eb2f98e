package io.redress.intake.rest;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

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
import io.redress.intake.channel.MetaActivity;
import io.redress.intake.channel.ProviderPayload;
import io.redress.intake.channel.Signatures;
import io.redress.intake.service.Inbound;
import io.redress.intake.service.InvalidInput;
import io.redress.intake.service.Intake;

/** Meta Graph webhook (Facebook page, Instagram, Messenger): the subscription handshake and signed deliveries. */
@Path("/webhooks/meta")
@PermitAll
public class MetaWebhookResource {

    private final ChannelConfig config;
    private final ProviderPayload payload;
    private final MetaActivity activity;
    private final Intake intake;

    MetaWebhookResource(ChannelConfig config, ProviderPayload payload, MetaActivity activity, Intake intake) {
        this.config = config;
        this.payload = payload;
        this.activity = activity;
        this.intake = intake;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Subscription handshake", description = "Echoes hub.challenge when hub.verify_token is ours.")
    public String verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        if (!"subscribe".equals(mode)) {
            throw InvalidInput.malformed("hub.mode", "must be subscribe");
        }
        if (challenge == null || challenge.isBlank()) {
            throw InvalidInput.malformed("hub.challenge", "is required");
        }
        if (!Signatures.matches(config.meta().verifyToken()
                .orElseThrow(() -> InvalidInput.notConfigured("redress.channels.meta.verify-token")), token)) {
            throw new InvalidInput(403, "bad-verify-token", "Forbidden", "hub.verify_token", "is not the token we subscribed with");
        }
        return challenge;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signed delivery", description = "Verified by X-Hub-Signature-256; nothing is stored unless it matches.")
    public List<TakenView> deliver(@HeaderParam("X-Hub-Signature-256") String signature, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        String expected = "sha256=" + HexFormat.of().formatHex(Signatures.hmacSha256(config.meta().appSecret()
                .orElseThrow(() -> InvalidInput.notConfigured("redress.channels.meta.app-secret")), raw));
        if (!Signatures.matches(expected, signature == null ? null : signature.toLowerCase(Locale.ROOT))) {
            throw InvalidInput.unauthenticated("X-Hub-Signature-256", "missing or not the signature of this body");
        }
        List<Inbound> items = activity.read(payload.read(raw));
        return items.stream().map(intake::take).map(TakenView::of).toList();
    }
}
