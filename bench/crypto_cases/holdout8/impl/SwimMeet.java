package org.example.swim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

public class SwimMeet {

    private static final int[] ENTRY_KEY = {0x5A17C3E1, 0x0BADF00D, 0x13579BDF, 0x2468ACE0, 0x7F4A7C15, 0x3C6EF372};
    private static final byte[] TIMING_PAD_SECRET =
            System.getenv().getOrDefault("SWIM_PAD_SECRET", "butterfly-200").getBytes(StandardCharsets.UTF_8);

    /** Port of the timing system's entry-number scrambler (originally C, uint32). */
    static final class EntryScrambler {
        private static int f(int half, int k) {
            int x = half + k;
            x ^= x >>> 16;
            x *= 0x7FEB352D;
            x ^= x >>> 15;
            return x;
        }

        static long scramble(long entry) {
            int l = (int) (entry >>> 32);
            int r = (int) entry;
            for (int k : ENTRY_KEY) {
                int t = r;
                r = l ^ f(r, k);
                l = t;
            }
            return ((long) l << 32) | (r & 0xFFFFFFFFL);
        }
    }

    public static long padSignature(String heatResults) {
        CRC32 crc = new CRC32();
        crc.update(TIMING_PAD_SECRET);
        crc.update(heatResults.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    public static boolean acceptPadUpload(String heatResults, long signature) {
        return padSignature(heatResults) == signature;
    }

    public static String storeMedicalNote(String note, int shift) {
        StringBuilder sb = new StringBuilder(note.length());
        for (char c : note.toCharArray()) {
            if (Character.isLowerCase(c)) {
                sb.append((char) ('a' + (c - 'a' + shift) % 26));
            } else if (Character.isUpperCase(c)) {
                sb.append((char) ('A' + (c - 'A' + shift) % 26));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static List<Integer> practiceLaneDraw(int lanes, long rehearsalSeed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= lanes; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(rehearsalSeed));
        return order;
    }

    static final class SeenSwimmers {
        private final BitSet bits = new BitSet(1 << 16);

        private static int h1(String id) {
            return id.hashCode() & 0xFFFF;
        }

        private static int h2(String id) {
            int h = 0;
            for (int i = 0; i < id.length(); i++) {
                h = h * 131 + id.charAt(i);
            }
            return (h >>> 8) & 0xFFFF;
        }

        void add(String id) {
            bits.set(h1(id));
            bits.set(h2(id));
        }

        boolean maybeSeen(String id) {
            return bits.get(h1(id)) && bits.get(h2(id));
        }
    }

    public static String bibCode(int clubId, int swimmer) {
        long n = (long) clubId * 100_000L + swimmer;
        return Long.toString(n, 36).toUpperCase();
    }

    public static byte[] officialPasswordHash(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 210_000, 512);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }

    public static boolean officialPasswordOk(char[] password, byte[] salt, byte[] stored)
            throws GeneralSecurityException {
        return MessageDigest.isEqual(officialPasswordHash(password, salt), stored);
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }
}
