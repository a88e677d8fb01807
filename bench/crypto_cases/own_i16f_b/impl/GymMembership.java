package com.example.gym;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntUnaryOperator;

public final class GymMembership {

    private static final char[] SHIFTED = new char[128];

    static {
        for (int c = 0; c < 128; c++) {
            SHIFTED[c] = Character.isLetter(c)
                    ? (char) ((Character.toLowerCase(c) - 'a' + 7) % 26 + 'a')
                    : (char) c;
        }
    }

    static String storeDoorPin(String memberPin) {
        StringBuilder sb = new StringBuilder();
        for (char c : memberPin.toCharArray()) {
            sb.append(c < 128 ? SHIFTED[c] : c);
        }
        return sb.toString();
    }

    static byte[] maskCardNumber(byte[] card, long memberId) {
        Random r = new Random(memberId);
        IntUnaryOperator pad = i -> r.nextInt(256);
        byte[] out = new byte[card.length];
        for (int i = 0; i < card.length; i++) {
            out[i] = (byte) (card[i] ^ pad.applyAsInt(i));
        }
        return out;
    }

    static boolean badgeAuthorized(byte[] scanned, byte[] enrolled) {
        if (scanned.length != enrolled.length) return false;
        for (int i = 0; i < scanned.length; i++) {
            if (scanned[i] != enrolled[i]) return false;
        }
        return true;
    }

    static boolean sameFingerprint(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    static int[] classOrder(int n, long seed) {
        Random r = new Random(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i]; order[i] = order[j]; order[j] = t;
        }
        return order;
    }

    static int crc8(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc;
    }

    static boolean sameSchedule(int[] a, int[] b) {
        return Arrays.equals(a, b);
    }
}
