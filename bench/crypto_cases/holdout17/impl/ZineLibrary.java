package org.papercuts.library;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Catalogue, lending and the contributors' drop box of the Papercuts zine library. */
public class ZineLibrary {

    private final Map<String, String> settings = new HashMap<>();
    private final byte[] dropBoxKey;
    private final String desk_token;

    public ZineLibrary(byte[] dropBoxKey, String deskToken) {
        this.dropBoxKey = dropBoxKey.clone();
        this.desk_token = deskToken;
    }

    static final class ShelfMarkTable {
        private final String[] keys = new String[256];
        private final String[] shelves = new String[256];

        private static int probe(String key) {
            int h = 0;
            for (int i = 0; i < key.length(); i++) {
                h = (h << 4) + key.charAt(i);
                int g = h & 0xF0000000;
                if (g != 0) {
                    h ^= g >>> 24;
                }
                h &= ~g;
            }
            return h & 0xFF;
        }

        void put(String zine, String shelf) {
            int i = probe(zine);
            while (keys[i] != null && !keys[i].equals(zine)) {
                i = (i + 1) & 0xFF;
            }
            keys[i] = zine;
            shelves[i] = shelf;
        }
    }

    byte[] sealContributorAddress(byte[] address) {
        byte[] out = new byte[address.length];
        int k = dropBoxKey.length;
        int idx = 0;
        for (byte b : address) {
            out[idx] = (byte) (b ^ dropBoxKey[(idx * 3 + 1) % k]);
            idx++;
        }
        return out;
    }

    static final class BorrowedRecently {
        private final BitSet bits = new BitSet(1 << 14);

        private int[] slots(String member) {
            int h1 = member.hashCode();
            int h2 = (h1 >>> 16) | 1;
            return new int[] {Math.floorMod(h1, 1 << 14), Math.floorMod(h1 + h2, 1 << 14), Math.floorMod(h1 + 2 * h2, 1 << 14)};
        }

        void add(String member) {
            for (int s : slots(member)) {
                bits.set(s);
            }
        }

        boolean mightContain(String member) {
            for (int s : slots(member)) {
                if (!bits.get(s)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class LoanSlipCipher {
        private final int[] schedule = new int[10];

        LoanSlipCipher(int masterKey) {
            for (int i = 0; i < schedule.length; i++) {
                schedule[i] = Integer.rotateLeft(masterKey, 3 * i) ^ (0x9E3779B9 * i);
            }
        }

        long encrypt(long slip) {
            int a = (int) (slip >>> 32);
            int b = (int) slip;
            for (int rk : schedule) {
                a = Integer.rotateLeft(a + b, 7) ^ rk;
                b = Integer.rotateLeft(b, 11) ^ a;
            }
            return ((long) a << 32) | (b & 0xFFFFFFFFL);
        }
    }

    static String spineColour(String zineTitle) {
        int h = zineTitle.toLowerCase().hashCode();
        return String.format("#%06x", h & 0xFFFFFF);
    }

    boolean deskTokenMatches(String presented) {
        byte[] a = presented.getBytes(StandardCharsets.UTF_8);
        byte[] b = desk_token.getBytes(StandardCharsets.UTF_8);
        boolean same = a.length == b.length;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            same &= a[i] == b[i];
        }
        return same;
    }

    static String zineOfTheWeek(List<String> titles) {
        return titles.get(ThreadLocalRandom.current().nextInt(titles.size()));
    }

    static final class VolunteerHandshake {
        static final BigInteger MODULUS = new BigInteger("170141183460469231731687303715884105727");
        static final BigInteger GENERATOR = BigInteger.valueOf(43);
        private final BigInteger mine = BigInteger.valueOf(new Random().nextLong() & Long.MAX_VALUE);

        BigInteger offer() {
            return GENERATOR.modPow(mine, MODULUS);
        }

        BigInteger agree(BigInteger theirs) {
            return theirs.modPow(mine, MODULUS);
        }
    }

    static int archiveBoxFor(String zineId, int boxes) {
        return Math.floorMod(zineId.hashCode(), boxes);
    }

    static byte[] memberPin(String pin, String memberNo) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        byte[] cur = (memberNo + pin).getBytes(StandardCharsets.UTF_8);
        int i = 0;
        do {
            cur = md.digest(concat(cur, memberNo.getBytes(StandardCharsets.UTF_8)));
        } while (++i < 999);
        return cur;
    }

    private static byte[] concat(byte[] x, byte[] y) {
        byte[] z = new byte[x.length + y.length];
        System.arraycopy(x, 0, z, 0, x.length);
        System.arraycopy(y, 0, z, x.length, y.length);
        return z;
    }

    static UUID scanId(byte[] pageScan) {
        return UUID.nameUUIDFromBytes(pageScan);
    }

    static boolean issnValid(String issn) {
        String digits = issn.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return Character.toUpperCase(digits.charAt(7)) == expected;
    }

    String setting(String key) {
        return settings.getOrDefault(key, "");
    }
}
