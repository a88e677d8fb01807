package uk.co.brightsmile.lab;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Work tickets, courier hand-over and the dentists' portal of the Brightsmile dental lab. */
public final class DentalLab {

    private static final String CASE_SECRET = System.getenv("LAB_CASE_SECRET");
    private static final byte[] PORTAL_KEY = System.getenv("LAB_PORTAL_KEY").getBytes(StandardCharsets.UTF_8);

    static double meanTurnaroundDays(int cases, long seed) {
        Random rng = new Random(seed);
        double total = 0;
        for (int i = 0; i < cases; i++) {
            total += 3.0 + Math.abs(rng.nextGaussian()) * 1.5;
        }
        return total / cases;
    }

    static final class CourierHandoverCodes {
        private long state = System.nanoTime();

        private int next() {
            state = (state * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            return (int) (state >>> 16);
        }

        String codeFor(String caseNumber) {
            return String.format("%06d", Math.floorMod(next(), 1_000_000));
        }
    }

    static long impressionFileCrc(byte[] scan) {
        CRC32 crc = new CRC32();
        crc.update(scan, 0, scan.length);
        return crc.getValue();
    }

    static final class ShadeCodeCipher {
        private static final int[] SUBKEYS = {0x1F3A, 0x7C21, 0x4B9E, 0x2D07, 0x6A55, 0x3C8F, 0x5E12, 0x0B6D};

        private static int f(int half, int k) {
            int x = (half ^ k) & 0xFFFF;
            x = ((x << 7) | (x >>> 9)) & 0xFFFF;
            return (x + (x >>> 3)) & 0xFFFF;
        }

        static int encrypt(int block) {
            int l = block >>> 16;
            int r = block & 0xFFFF;
            for (int k : SUBKEYS) {
                int t = l ^ f(r, k);
                l = r;
                r = t;
            }
            return (r << 16) | l;
        }
    }

    static String caseLabel(long caseId) {
        return Long.toString(caseId, 36).toUpperCase();
    }

    static String workTicketSeal(String ticket) {
        long h = 1125899906842597L;
        String material = CASE_SECRET + ":" + ticket;
        for (int i = 0; i < material.length(); i++) {
            h = 31 * h + material.charAt(i);
        }
        return Long.toHexString(h);
    }

    static boolean workTicketGenuine(String ticket, String seal) {
        return workTicketSeal(ticket).equals(seal);
    }

    static String portalSignature(String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PORTAL_KEY, "HmacSHA256"));
        byte[] tag = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    }

    static boolean portalSignatureOk(String payload, String signature) throws Exception {
        byte[] expected = portalSignature(payload).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    static final class CrownCertificate {
        private static final BigInteger P = BigInteger.valueOf(1_000_000_007L);
        private static final BigInteger Q = BigInteger.valueOf(998_244_353L);
        private static final BigInteger N = P.multiply(Q);
        private static final BigInteger E = BigInteger.valueOf(3);
        private static final BigInteger D = E.modInverse(P.subtract(BigInteger.ONE).multiply(Q.subtract(BigInteger.ONE)));

        static BigInteger sign(String crownSerial) {
            BigInteger m = new BigInteger(1, crownSerial.getBytes(StandardCharsets.UTF_8)).mod(N);
            return m.modPow(D, N);
        }

        static boolean verify(String crownSerial, BigInteger sig) {
            return sig.modPow(E, N).equals(new BigInteger(1, crownSerial.getBytes(StandardCharsets.UTF_8)).mod(N));
        }
    }

    static int teethMask(int[] toothNumbers) {
        int mask = 0;
        for (int t : toothNumbers) {
            mask |= 1 << (t % 32);
        }
        return mask;
    }

    static int teethCount(int mask) {
        return Integer.bitCount(mask);
    }

    static byte[] technicianKey(char[] password, byte[] salt) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] acc = new String(password).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            sha.update(acc);
            sha.update(salt);
            acc = sha.digest();
        }
        return acc;
    }

    static List<String> polishingQueue(List<String> cases, long day) {
        List<String> queue = new ArrayList<>(cases);
        java.util.Collections.shuffle(queue, new Random(day));
        return queue;
    }

    static String maskPatientSurname(String surname) {
        StringBuilder sb = new StringBuilder();
        for (char c : surname.toUpperCase().toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                sb.append((char) ('Z' - (c - 'A')));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String dentistInviteToken() {
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
