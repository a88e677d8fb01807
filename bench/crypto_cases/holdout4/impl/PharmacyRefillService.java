package org.citypharm.refills;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Refill requests from the patient portal, forwarded to the insurer's adjudication API. */
public final class PharmacyRefillService {

    private final String insurerSecret;
    private final byte[] portalWebhookKey;
    private final SecureRandom random = new SecureRandom();

    public PharmacyRefillService(String insurerSecret, byte[] portalWebhookKey) {
        this.insurerSecret = insurerSecret;
        this.portalWebhookKey = portalWebhookKey;
    }

    String claimSignature(String rxNumber, int quantity, String ndc) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String material = insurerSecret + "|" + rxNumber + "|" + quantity + "|" + ndc;
        byte[] tag = sha.digest(material.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(tag);
    }

    static byte[] stretchPortalPassword(String password, byte[] salt) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] state = password.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000; i++) {
            md.update(salt);
            state = md.digest(state);
        }
        return state;
    }

    boolean portalWebhookValid(byte[] body, String signatureHex) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(portalWebhookKey, "HmacSHA256"));
        byte[] expected = mac.doFinal(body);
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signatureHex));
    }

    String hashPharmacistPassword(char[] password) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        KeySpec spec = new PBEKeySpec(password, salt, 210_000, 256);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "pbkdf2-sha256$210000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    static int queueFor(String storeId, String rxNumber, int queues) {
        return Math.floorMod(Objects.hash(storeId, rxNumber), queues);
    }

    public List<String> route(List<String> rxNumbers, String storeId) {
        return rxNumbers.stream().map(rx -> rx + "@" + queueFor(storeId, rx, 8)).toList();
    }
}
