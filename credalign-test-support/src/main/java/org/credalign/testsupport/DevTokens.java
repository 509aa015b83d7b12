package org.credalign.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs DEVELOPMENT tokens with the development key (credalign-dev/DEVELOPMENT-ONLY-jwt-private-key.pem), which only
 * the dev, test and local profiles trust. Used by tests and, as a single-file program, by deploy/local/token:
 * {@code java DevTokens.java ROLE [STATE]}. Dependency-free on purpose so both can run it.
 */
public final class DevTokens {

    public static final String ISSUER = "https://credalign.example/dev";
    public static final String AUDIENCE = "credalign";
    static final String KEY_RESOURCE = "credalign-dev/DEVELOPMENT-ONLY-jwt-private-key.pem";

    private DevTokens() {
    }

    /** A token for {@code role}, with a {@code state} claim when state is not null, valid for one hour. */
    public static String token(String role, String state) {
        return sign(claims("dev-" + role + (state == null ? "" : "-" + state.toLowerCase()), role, state,
                ISSUER, AUDIENCE, Instant.now().plusSeconds(3600)));
    }

    /** A token with every field chosen by the caller, for tests of rejected tokens (expired, wrong issuer...). */
    public static String token(String subject, String role, String state, String issuer, String audience,
            Instant expiresAt) {
        return sign(claims(subject, role, state, issuer, audience, expiresAt));
    }

    public static String bearer(String role, String state) {
        return "Bearer " + token(role, state);
    }

    // ---- tokens the services must refuse (401), for the auth sweeps ----------------------------------------------
    // Each carries every role and the given state claim, so only the defect named by the method can be the reason
    // it is refused: were the check missing, the token would be allowed to write.

    /** Every role, right issuer and audience, signed with the development key, but expired an hour ago. */
    public static String expired(String state) {
        return sign(claims("dev-expired", ALL_ROLES, state, ISSUER, AUDIENCE, Instant.now().minusSeconds(3600)),
                devKey());
    }

    /** Every role and valid claims, but signed by a key generated now in memory, which no service trusts. */
    public static String signedByUnknownKey(String state) {
        return sign(claims("dev-forged", ALL_ROLES, state, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600)),
                UnknownKey.PRIVATE);
    }

    /** Every role, signed with the development key, but from another issuer. */
    public static String wrongIssuer(String state) {
        return sign(claims("dev-other-issuer", ALL_ROLES, state, "https://attacker.example/idp", AUDIENCE,
                Instant.now().plusSeconds(3600)), devKey());
    }

    /** Every role, signed with the development key, but meant for another audience. */
    public static String wrongAudience(String state) {
        return sign(claims("dev-other-audience", ALL_ROLES, state, ISSUER, "some-other-api",
                Instant.now().plusSeconds(3600)), devKey());
    }

    /** The roles the services know (they grant writes); the sweeps' forged tokens carry all of them. */
    public static final List<String> ALL_ROLES = List.of("catalog-admin", "demand-admin", "state-submitter");

    /** A key pair made once per JVM at test time: never written anywhere, so nothing can trust it. */
    private static final class UnknownKey {
        static final PrivateKey PRIVATE;

        static {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                PRIVATE = generator.generateKeyPair().getPrivate();
            } catch (Exception e) {
                throw new IllegalStateException("cannot generate an RSA key", e);
            }
        }
    }

    static String claims(String subject, String role, String state, String issuer, String audience,
            Instant expiresAt) {
        return claims(subject, List.of(role), state, issuer, audience, expiresAt);
    }

    static String claims(String subject, List<String> roles, String state, String issuer, String audience,
            Instant expiresAt) {
        long now = Instant.now().getEpochSecond();
        StringBuilder json = new StringBuilder("{")
                .append("\"iss\":\"").append(issuer).append("\",")
                .append("\"aud\":\"").append(audience).append("\",")
                .append("\"sub\":\"").append(subject).append("\",")
                .append("\"upn\":\"").append(subject).append("\",")
                .append("\"jti\":\"").append(UUID.randomUUID()).append("\",")
                .append("\"iat\":").append(Math.min(now, expiresAt.getEpochSecond() - 60)).append(',')
                .append("\"exp\":").append(expiresAt.getEpochSecond()).append(',')
                .append("\"groups\":[").append(roles.stream().map(r -> "\"" + r + "\"")
                        .collect(Collectors.joining(","))).append(']');
        if (state != null) {
            json.append(",\"state\":\"").append(state).append('"');
        }
        return json.append('}').toString();
    }

    static String sign(String claimsJson) {
        return sign(claimsJson, devKey());
    }

    private static PrivateKey devKey() {
        try {
            return privateKey();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the development key", e);
        }
    }

    static String sign(String claimsJson, PrivateKey key) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign development token", e);
        }
    }

    private static PrivateKey privateKey() throws Exception {
        String pem = readKey().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String readKey() throws IOException {
        String file = System.getProperty("credalign.dev.key");
        if (file != null) {
            return Files.readString(Path.of(file));
        }
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(KEY_RESOURCE)) {
            if (in == null) {
                throw new IOException("development key not found on the classpath: " + KEY_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** {@code java DevTokens.java ROLE [STATE]} prints a token (deploy/local/token). */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: token ROLE [STATE]   (ROLE: catalog-admin | demand-admin | state-submitter)");
            System.exit(2);
        }
        System.out.println(token(args[0], args.length == 2 ? args[1].toUpperCase() : null));
    }
}
