package org.example.raffle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class CharityRaffle {

    private final SecureRandom rng;
    private final byte[] resultsKey;
    private final KeyPair drawKeys;

    public CharityRaffle(byte[] resultsKey) throws GeneralSecurityException {
        this.rng = SecureRandom.getInstanceStrong();
        this.resultsKey = resultsKey.clone();
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(256, rng);
        this.drawKeys = kpg.generateKeyPair();
    }

    public static KeyPair spareKeys() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("Ed25519");
        return kpg.generate();
    }

    public String ticketNumber() {
        return String.format("%08d", rng.nextInt(100_000_000));
    }

    public String claimCode() {
        return rng.nextString(10);
    }

    public int drawWinner(List<String> tickets) {
        return rng.nextInt(tickets.size());
    }

    public static String ticketBookDigest(List<String> tickets) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String t : tickets) {
            md.update(t.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static String ticketBookDigestHex(List<String> tickets) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.digestHex(String.join("\n", tickets).getBytes(StandardCharsets.UTF_8));
    }

    public byte[] resultsTag(String results) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(resultsKey, "HmacSHA256"));
        return mac.doFinal(results.getBytes(StandardCharsets.UTF_8));
    }

    public boolean resultsTagValid(String results, byte[] tag) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(resultsKey, "HmacSHA256"));
        return mac.verify(results.getBytes(StandardCharsets.UTF_8), tag);
    }

    public boolean resultsTagEqual(String results, byte[] tag) throws GeneralSecurityException {
        return MessageDigest.isEqual(resultsTag(results), tag);
    }

    public byte[] signDraw(String drawRecord) throws GeneralSecurityException {
        Signature sig = Signature.getInstance("SHA256withECDSA");
        sig.initSign(drawKeys.getPrivate(), rng);
        sig.update(drawRecord.getBytes(StandardCharsets.UTF_8));
        return sig.sign();
    }
}
