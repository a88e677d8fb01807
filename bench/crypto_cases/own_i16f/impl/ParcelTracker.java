package com.example.parcels;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

public class ParcelTracker {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyz";
    private static final String MIXED = "qwertyuiopasdfghjklzxcvbnm";

    private final byte[] recipientKey;
    private final Map<String, String> storedPhones = new HashMap<>();

    public ParcelTracker(byte[] recipientKey) {
        this.recipientKey = recipientKey;
    }

    public byte[] protectAddress(String address) {
        byte[] data = address.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[data.length];
        IntStream.range(0, data.length)
                .forEach(i -> out[i] = (byte) (data[i] ^ recipientKey[i % recipientKey.length]));
        return out;
    }

    static String substitute(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            int at = PLAIN.indexOf(c);
            sb.append(at >= 0 ? MIXED.charAt(at) : c);
        }
        return sb.toString();
    }

    public void rememberCourierPassword(String courier, String password) {
        storedPhones.put(courier, substitute(password.toLowerCase()));
    }

    public boolean isValidTrackingToken(String given, String expected) {
        if (given.length() != expected.length()) {
            return false;
        }
        for (int i = 0; i < given.length(); i++) {
            if (given.charAt(i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public static byte[] deliveryNonce(long orderId) {
        Random r = new Random(orderId ^ System.currentTimeMillis());
        byte[] nonce = new byte[12];
        r.nextBytes(nonce);
        return nonce;
    }

    public static byte[] obscureLabel(byte[] label, long orderId) {
        byte[] pad = deliveryNonce(orderId);
        byte[] out = label.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] ^= pad[i % pad.length];
        }
        return out;
    }

    static int routeBucket(String postcode, int shards) {
        int h = 17;
        for (char c : postcode.toCharArray()) {
            h = 31 * h + c;
        }
        return Math.floorMod(h, shards);
    }

    static boolean sameRoute(int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    static int[] demoWeights(int n) {
        Random r = new Random(7);
        return IntStream.range(0, n).map(i -> r.nextInt(100)).toArray();
    }

    static String pickupCode() {
        SecureRandom sr = new SecureRandom();
        return String.format("%06d", sr.nextInt(1_000_000));
    }
}
