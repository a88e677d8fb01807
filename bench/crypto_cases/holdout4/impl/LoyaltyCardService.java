package io.brewhouse.loyalty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Coffee-shop loyalty cards: PINs, the points balance token on the card, promos in the app. */
public class LoyaltyCardService {

    private final byte[] balanceKey;
    private final SecretKey profileKey;
    private final SecureRandom secureRandom = new SecureRandom();

    public LoyaltyCardService(byte[] balanceKey, SecretKey profileKey) {
        this.balanceKey = balanceKey;
        this.profileKey = profileKey;
    }

    /** PINs are stored "encoded" so support staff do not see them in the admin screens. */
    static String encodePin(String pin, int shift) {
        StringBuilder sb = new StringBuilder(pin.length());
        for (char c : pin.toCharArray()) {
            sb.append((char) ('0' + (c - '0' + shift) % 10));
        }
        return sb.toString();
    }

    static String decodePin(String encoded, int shift) {
        return encodePin(encoded, 10 - (shift % 10));
    }

    String balanceToken(long cardId, int points) {
        byte[] raw = ByteBuffer.allocate(12).putLong(cardId).putInt(points).array();
        byte[] masked = new byte[raw.length];
        for (int i = 0; i < raw.length; i++) {
            masked[i] = (byte) (raw[i] ^ balanceKey[i % balanceKey.length]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(masked);
    }

    int pointsFromToken(String token) {
        byte[] masked = Base64.getUrlDecoder().decode(token);
        byte[] raw = new byte[masked.length];
        for (int i = 0; i < masked.length; i++) {
            raw[i] = (byte) (masked[i] ^ balanceKey[i % balanceKey.length]);
        }
        return ByteBuffer.wrap(raw).getInt(8);
    }

    String promoBanner(List<String> banners) {
        return banners.get(ThreadLocalRandom.current().nextInt(banners.size()));
    }

    static String qrPayload(long cardId, String storeCode) {
        String text = storeCode + ":" + cardId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    byte[] sealProfile(byte[] profileJson) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        secureRandom.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, profileKey, new GCMParameterSpec(128, iv));
        byte[] body = cipher.doFinal(profileJson);
        return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
    }
}
