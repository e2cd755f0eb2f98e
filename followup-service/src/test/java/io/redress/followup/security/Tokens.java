package io.redress.followup.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Real signed tokens for tests of the boundary itself, minted with the test-only key pair. */
final class Tokens {

    static final String ISSUER = "https://redress.test/issuer";

    private Tokens() {
    }

    static String forRole(String role) {
        return claims(role).sign();
    }

    static String expired(String role) {
        Instant issued = Instant.now().minus(2, ChronoUnit.HOURS);
        return claims(role).issuedAt(issued).expiresAt(issued.plus(1, ChronoUnit.HOURS)).sign();
    }

    static String fromIssuer(String issuer, String role) {
        return claims(role).issuer(issuer).sign();
    }

    static String forAudience(String audience, String role) {
        return claims(role).audience(audience).sign();
    }

    /** Signed with a key the service has never seen, as a forger would. */
    static String withForeignKey(String role) throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return claims(role).sign(generator.generateKeyPair().getPrivate());
    }

    private static JwtClaimsBuilder claims(String role) {
        return Jwt.issuer(ISSUER).audience("redress").subject("test-" + role).upn("test-" + role).groups(role)
                .expiresIn(300);
    }
}
