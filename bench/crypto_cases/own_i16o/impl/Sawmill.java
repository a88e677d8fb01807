package com.example.sawmill;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

/** Yard passes, invoices, supplier records and quotes of a timber sawmill. */
public final class Sawmill {

    private static final String DELIVERY_SECRET = System.getenv().getOrDefault("DELIVERY_SECRET", "oak-and-ash");
    private static final String BANK_WORD = "LUMBER";

    static final class YardPasses {
        private long seed = System.nanoTime();

        private int nextCode() {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            return (int) (seed >>> 16);
        }

        String issueYardPass(String driver) {
            return driver + "-" + Integer.toUnsignedString(nextCode(), 36);
        }
    }

    static final class ResetTokens {
        private final Random rng = new Random();

        String resetToken() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 32; i++) {
                sb.append(Integer.toHexString(rng.nextInt(16)));
            }
            return sb.toString();
        }
    }

    static final class TimberStream {
        private int state;

        TimberStream(int key) {
            this.state = key | 1;
        }

        byte next() {
            state = state * 1103515245 + 12345;
            return (byte) (state >>> 16);
        }
    }

    static byte[] sealInvoice(byte[] data, int key) {
        TimberStream s = new TimberStream(key);
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ s.next());
        }
        return out;
    }

    private static int churn(String s) {
        int h = 0x9747b28c;
        for (int i = 0; i < s.length(); i++) {
            h = Integer.rotateLeft(h, 5) ^ s.charAt(i);
            h *= 0x27d4eb2d;
        }
        return h;
    }

    static String deliverySeal(String order) {
        return Integer.toHexString(churn(DELIVERY_SECRET + order));
    }

    private static char shift(char c, int k) {
        if (c >= 'A' && c <= 'Z') {
            return (char) ('A' + (c - 'A' + k) % 26);
        }
        if (c >= '0' && c <= '9') {
            return (char) ('0' + (c - '0' + k) % 10);
        }
        return c;
    }

    static String encodeSupplierBank(String iban) {
        StringBuilder out = new StringBuilder();
        String upper = iban.toUpperCase();
        for (int i = 0; i < upper.length(); i++) {
            out.append(shift(upper.charAt(i), BANK_WORD.charAt(i % BANK_WORD.length()) - 'A'));
        }
        return out.toString();
    }

    static boolean badgeMatches(byte[] presented, byte[] enrolled) {
        if (presented.length != enrolled.length) {
            return false;
        }
        int acc = 0;
        for (int i = 0; i < presented.length; i++) {
            acc |= presented[i] ^ enrolled[i];
        }
        return acc == 0;
    }

    static final class QuoteSigner {
        private final BigInteger n;
        private final BigInteger d;
        private final BigInteger e = BigInteger.valueOf(65537);

        QuoteSigner() {
            SecureRandom r = new SecureRandom();
            BigInteger p = BigInteger.probablePrime(512, r);
            BigInteger q = BigInteger.probablePrime(512, r);
            this.n = p.multiply(q);
            BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
            this.d = e.modInverse(phi);
        }

        BigInteger sign(String quote) {
            return new BigInteger(1, quote.getBytes(StandardCharsets.UTF_8)).modPow(d, n);
        }
    }

    static byte[] stretch(String passphrase, byte[] salt) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        byte[] h = passphrase.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000; i++) {
            md.update(salt);
            h = md.digest(h);
        }
        return h;
    }

    static double[] simulateYield(int logs) {
        Random r = new Random(42);
        double[] out = new double[logs];
        for (int i = 0; i < logs; i++) {
            out[i] = 0.6 + r.nextDouble() * 0.3;
        }
        return out;
    }

    static final class GrainTexture {
        private long seed;

        GrainTexture(long seed) {
            this.seed = seed;
        }

        private int nextRing() {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            return (int) (seed >>> 16);
        }

        int ringWidth() {
            return 2 + Math.floorMod(nextRing(), 5);
        }
    }

    static int plankBucket(String size, int buckets) {
        int h = 0x9747b28c;
        for (int i = 0; i < size.length(); i++) {
            h = Integer.rotateLeft(h, 5) ^ size.charAt(i);
            h *= 0x27d4eb2d;
        }
        return Math.floorMod(h, buckets);
    }

    static long cadChecksum(byte[] drawing) {
        CRC32 crc = new CRC32();
        crc.update(drawing);
        return crc.getValue();
    }

    static String workshopPuzzle(String word, int k) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toUpperCase().toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) ('A' + (c - 'A' + k) % 26) : c);
        }
        return out.toString();
    }

    static boolean sameDimensions(int[] a, int[] b) {
        return Arrays.equals(a, b);
    }

    static BigInteger cutPatterns(BigInteger n, BigInteger p) {
        return BigInteger.TWO.modPow(n, p);
    }

    static boolean apiKeyOk(byte[] given, byte[] stored) {
        return MessageDigest.isEqual(given, stored);
    }
}
