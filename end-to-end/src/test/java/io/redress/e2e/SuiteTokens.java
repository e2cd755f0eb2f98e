package io.redress.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * The suite's own token issuer: a key pair made for this run, whose public half the services are told to trust,
 * as production services are told to trust their OIDC issuer.
 */
final class SuiteTokens {

    static final String ISSUER = "https://redress.e2e/issuer";
    static final String AUDIENCE = "redress";

    private final KeyPair keys;
    final Path publicKey;

    SuiteTokens(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        publicKey = Files.createDirectories(dir).resolve("e2e-public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    }

    /** A token for one role, valid for an hour. */
    String forRole(String role) throws GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"e2e-" + role
                + "\",\"upn\":\"e2e-" + role + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":"
                + (now + 3600) + "}";
        String unsigned = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + base64(rsa.sign());
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
