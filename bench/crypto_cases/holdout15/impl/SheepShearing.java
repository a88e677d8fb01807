package shearing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Travelling shearing contractor: farm visits, fleece tallies, crew logins. */
public class SheepShearing {

    private static final byte[] TALLY_KEY = "merino-crew".getBytes(StandardCharsets.UTF_8);
    private static final String CREW_SECRET = "handpiece";
    private final Map<String, String> sessions = new HashMap<>();

    public String crewSession(String shearer) {
        Random rng = new Random(System.currentTimeMillis());
        String id = Long.toHexString(rng.nextLong()) + Long.toHexString(rng.nextLong());
        sessions.put(id, shearer);
        return id;
    }

    public static byte[] scrambleTally(byte[] tally) {
        byte[] out = new byte[tally.length];
        for (int i = 0; i < tally.length; i++) {
            out[i] = (byte) (tally[i] ^ TALLY_KEY[i % TALLY_KEY.length]);
        }
        return out;
    }

    static final class WoolCipher {
        private static final int DELTA = 0x9E3779B9;
        private final int[] key;

        WoolCipher(int[] key) {
            this.key = key.clone();
        }

        int[] encrypt(int v0, int v1) {
            int sum = 0;
            for (int i = 0; i < 32; i++) {
                v0 += (((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + key[sum & 3]);
                sum += DELTA;
                v1 += (((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + key[(sum >>> 11) & 3]);
            }
            return new int[] {v0, v1};
        }
    }

    public static long visitSeal(String farm, String date) {
        CRC32 crc = new CRC32();
        crc.update((CREW_SECRET + farm + date).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    public static boolean visitSealOk(String farm, String date, long seal) {
        return visitSeal(farm, date) == seal;
    }

    public static boolean pinsEqual(char[] a, char[] b) {
        if (a.length != b.length) {
            return false;
        }
        int r = 0;
        for (int i = 0; i < a.length; i++) {
            r |= a[i] ^ b[i];
        }
        return r == 0;
    }

    static final class FarmReceipt {
        private final BigInteger n;
        private final BigInteger d;
        private final BigInteger e = BigInteger.valueOf(65537);

        FarmReceipt() {
            Random rnd = new Random();
            BigInteger p = BigInteger.probablePrime(48, rnd);
            BigInteger q = BigInteger.probablePrime(48, rnd);
            n = p.multiply(q);
            d = e.modInverse(p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE)));
        }

        BigInteger sign(long amountCents) {
            return BigInteger.valueOf(amountCents).modPow(d, n);
        }
    }

    public static int fleeceGrade(int micron, int length, int colour) {
        return ((micron & 0x3F) << 10) | ((length & 0x1F) << 5) | (colour & 0x1F);
    }

    public static double[] growthSimulation(long seed, int weeks) {
        Random r = new Random(seed);
        double[] wool = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            wool[w] = (w == 0 ? 0 : wool[w - 1]) + 0.9 + r.nextGaussian() * 0.1;
        }
        return wool;
    }

    public static List<String> runOrder(List<String> pens, long eventSeed) {
        List<String> copy = new ArrayList<>(pens);
        Collections.shuffle(copy, new Random(eventSeed));
        return copy;
    }

    public static int penBucket(String tag, int pens) {
        return Math.floorMod(tag.hashCode(), pens);
    }

    public static boolean earTagValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            sum += (i % 2 == 0) ? d * 3 : d;
        }
        return sum % 10 == 0;
    }

    static final class Signer {
        private final SecretKeySpec key;

        Signer(byte[] raw) {
            this.key = new SecretKeySpec(raw, "HmacSHA256");
        }

        byte[] sign(byte[] body) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        }

        boolean verify(byte[] body, byte[] tag) throws Exception {
            return MessageDigest.isEqual(sign(body), tag);
        }
    }

    public static String resetToken() {
        SecureRandom sr = new SecureRandom();
        byte[] b = new byte[32];
        sr.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String fleeceHash(byte[] photo) throws NoSuchAlgorithmException {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(photo);
        return java.util.HexFormat.of().formatHex(d);
    }
}
