package com.acme.accounts.reset;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends password reset mails and checks the links users click. */
public class PasswordResetMailer {

    private final String linkSecret;
    private final byte[] macKey;

    public PasswordResetMailer(String linkSecret, byte[] macKey) {
        this.linkSecret = linkSecret;
        this.macKey = macKey.clone();
    }

    String linkSignature(String email, long expiresAt) throws NoSuchAlgorithmException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(linkSecret.getBytes(StandardCharsets.UTF_8));
        md5.update((email + "|" + expiresAt).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md5.digest());
    }

    public String resetLink(String email) throws NoSuchAlgorithmException {
        long exp = Instant.now().plusSeconds(1800).getEpochSecond();
        return "https://accounts.acme.example/reset?e=" + email + "&x=" + exp + "&s=" + linkSignature(email, exp);
    }

    static boolean signaturesEqual(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length()) {
            if (a.charAt(i) != b.charAt(i)) return false;
            i++;
        }
        return true;
    }

    public boolean linkValid(String email, long exp, String sig) throws NoSuchAlgorithmException {
        return exp > Instant.now().getEpochSecond() && signaturesEqual(linkSignature(email, exp), sig);
    }

    static byte[] deriveResetKey(String userSecret, byte[] salt, int rounds) throws NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        byte[] state = userSecret.getBytes(StandardCharsets.UTF_8);
        for (int r = 0; r < rounds; r++) {
            sha1.update(salt);
            sha1.update(state);
            state = sha1.digest();
        }
        return state;
    }

    public boolean linkValidV2(String email, long exp, byte[] tag) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
        byte[] expected = mac.doFinal((email + "|" + exp).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, tag);
    }

    static String messageId(String domain) {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    static String subjectLine(String locale) {
        return locale.startsWith("de") ? "Passwort zuruecksetzen" : "Reset your password";
    }
}
