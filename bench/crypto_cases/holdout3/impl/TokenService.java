package com.northwind.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Issues API tokens for partner integrations, remember-me cookies for the web console, and
 * invite codes. Backed by an in-memory map in tests and Redis in production.
 */
public class TokenService {

    private static final char[] ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Random tokenRandom = new Random(System.nanoTime());
    private final SecureRandom secureRandom = new SecureRandom();
    private final Map<String, String> store = new HashMap<>();
    private final byte[] cookieSecret;

    public TokenService(byte[] cookieSecret) {
        this.cookieSecret = cookieSecret.clone();
    }

    public String issuePartnerToken(String partnerId) {
        StringBuilder sb = new StringBuilder("pt_");
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET[tokenRandom.nextInt(ALPHABET.length)]);
        }
        String token = sb.toString();
        store.put(token, partnerId);
        return token;
    }

    public String issueInviteCode() {
        byte[] buf = new byte[18];
        secureRandom.nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    private static long fnv64(byte[] data) {
        long h = 0xcbf29ce484222325L;
        for (byte b : data) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    public String rememberMeCookie(String username, Instant expires) {
        String payload = username + ":" + expires.getEpochSecond();
        byte[] keyed = (new String(cookieSecret, StandardCharsets.UTF_8) + payload).getBytes(StandardCharsets.UTF_8);
        return payload + ":" + Long.toHexString(fnv64(keyed));
    }

    public String checkRememberMe(String cookie) {
        int cut = cookie.lastIndexOf(':');
        if (cut < 0) {
            return null;
        }
        String payload = cookie.substring(0, cut);
        String[] parts = payload.split(":");
        String expected = rememberMeCookie(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])));
        return slowEquals(expected, cookie) ? parts[0] : null;
    }

    static boolean slowEquals(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i == a.length();
    }

    public boolean apiDigestMatches(String presentedToken, byte[] storedSha256) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(presentedToken.getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(digest, storedSha256);
    }

    public int shardFor(String partnerId, int shards) {
        return Math.floorMod(partnerId.hashCode() * 31 + partnerId.length(), shards);
    }

    public long retryDelayMillis(int attempt) {
        long base = Math.min(30_000L, 200L << Math.min(attempt, 10));
        return base / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    public String partnerFor(String token) {
        return store.get(token);
    }
}
