package com.harborinn.pms.keycards;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import java.util.zip.CRC32;

/** Encodes guest key cards for the MIFARE encoders at the front desk. */
public class HotelKeyCard {

    private static final int ROUNDS = 8;

    private final Random keyRandom = new Random();

    /** A fresh per-stay key written to sector 1 of the card. */
    public byte[] newStayKey() {
        byte[] key = new byte[16];
        keyRandom.nextBytes(key);
        return key;
    }

    private static int[] schedule(byte[] key) {
        ByteBuffer kb = ByteBuffer.wrap(key);
        int[] rk = new int[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            rk[i] = Integer.rotateLeft(kb.getInt((i % 4) * 4), i * 3) ^ (0x5A827999 * (i + 1));
        }
        return rk;
    }

    private static int f(int half, int roundKey) {
        int x = half ^ roundKey;
        x = Integer.rotateLeft(x, 5) + (x >>> 3);
        return x ^ (x * 0x27d4eb2d);
    }

    static long encryptCardBlock(long block, byte[] key) {
        int[] rk = schedule(key);
        int left = (int) (block >>> 32);
        int right = (int) block;
        for (int i = 0; i < ROUNDS; i++) {
            int tmp = right;
            right = left ^ f(right, rk[i]);
            left = tmp;
        }
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }

    static long trackChecksum(byte[] track) {
        CRC32 crc = new CRC32();
        crc.update(track, 0, track.length);
        return crc.getValue();
    }

    private final SecureRandom pinRandom = new SecureRandom();

    /** Door PIN for rooms with keypads, shown on the guest's registration card. */
    public String roomPin() {
        return String.format("%06d", pinRandom.nextInt(1_000_000));
    }

    static boolean cardMacValid(byte[] expected, byte[] actual) {
        if (expected.length != actual.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                return false;
            }
        }
        return true;
    }

    public byte[] encode(int room, Instant checkout, byte[] stayKey, byte[] mac) {
        long block = ((long) room << 40) | (checkout.getEpochSecond() & 0xFFFFFFFFFFL);
        ByteBuffer out = ByteBuffer.allocate(8 + mac.length + 8);
        out.putLong(encryptCardBlock(block, stayKey)).put(mac);
        byte[] head = new byte[8 + mac.length];
        out.duplicate().flip().get(head);
        out.putLong(trackChecksum(head));
        return out.array();
    }
}
