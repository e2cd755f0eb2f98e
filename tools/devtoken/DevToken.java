import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Development tokens for a local Redress: `keys DIR` writes an RSA key pair once, `sign DIR ISSUER AUDIENCE ROLE
 * SUBJECT` prints a JWT signed with it. Plain JDK so `./redress token` needs no build; production trusts an
 * external OIDC issuer instead and never sees these keys.
 */
public class DevToken {

    private static final Set<String> ROLES = Set.of("agent", "supervisor", "admin", "integration");
    private static final long LIFETIME_SECONDS = 8 * 3600;

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("keys")) {
            keys(Path.of(args[1]));
        } else if (args.length == 6 && args[0].equals("sign") && ROLES.contains(args[4])) {
            System.out.println(sign(Path.of(args[1]), args[2], args[3], args[4], args[5]));
        } else if (args.length == 6 && args[0].equals("sign")) {
            System.err.println("role must be one of " + ROLES + ", not '" + args[4] + "'");
            System.exit(2);
        } else {
            System.err.println("usage: DevToken keys DIR | DevToken sign DIR ISSUER AUDIENCE ROLE SUBJECT");
            System.exit(2);
        }
    }

    static void keys(Path dir) throws Exception {
        Path privateKey = dir.resolve("dev-private.pem");
        if (Files.exists(privateKey)) {
            return;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(dir.resolve("dev-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
    }

    static String sign(Path dir, String issuer, String audience, String role, String subject) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"redress-dev\"}";
        String claims = "{\"iss\":" + quote(issuer) + ",\"aud\":" + quote(audience) + ",\"sub\":" + quote(subject)
                + ",\"upn\":" + quote(subject) + ",\"groups\":[" + quote(role) + "],\"iat\":" + now
                + ",\"exp\":" + (now + LIFETIME_SECONDS) + ",\"jti\":" + quote(UUID.randomUUID().toString()) + "}";
        String unsigned = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey(dir.resolve("dev-private.pem")));
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + base64(rsa.sign());
    }

    private static PrivateKey privateKey(Path file) throws Exception {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Subjects are typed by the developer; escaping keeps a quote in one from breaking the claims. */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
