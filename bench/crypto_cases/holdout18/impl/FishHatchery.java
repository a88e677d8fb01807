package uk.riverbend.hatchery;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Riverbend trout hatchery: tank controllers, sensor API, feed suppliers and staff accounts. */
public class FishHatchery {

    private final byte[] webhookSecret;
    private final Map<TankKey, Double> tankTemps = new HashMap<>();

    public FishHatchery(byte[] webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    /** API keys for the dissolved-oxygen sensors that post readings to the hatchery server. */
    static final class SensorKeyFactory {
        private long state = System.nanoTime();

        private long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        String newApiKey() {
            return Long.toHexString(nextLong()) + Long.toHexString(nextLong());
        }
    }

    /** Modbus RTU frames from the tank controllers end in a CRC-16 (line noise on the pond cable). */
    static int modbusCrc(byte[] frame, int length) {
        int crc = 0xFFFF;
        for (int i = 0; i < length; i++) {
            crc ^= frame[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    String webhookSignature(String body) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(webhookSecret);
        sha.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    boolean webhookAccepted(String body, String signature) throws NoSuchAlgorithmException {
        return webhookSignature(body).equals(signature);
    }

    static double[] growthForecast(int weeks, long seed) {
        Random random = new Random(seed);
        double[] mass = new double[weeks];
        double m = 2.5;
        for (int w = 0; w < weeks; w++) {
            m *= 1.08 + random.nextGaussian() * 0.02;
            mass[w] = m;
        }
        return mass;
    }

    record TankKey(String building, int tank) {
        @Override
        public int hashCode() {
            return Objects.hash(building, tank);
        }
    }

    static final class FeedLink {
        private static final BigInteger P = BigInteger.TWO.pow(107).subtract(BigInteger.ONE);
        private static final BigInteger G = BigInteger.valueOf(2);
        private final BigInteger secret = BigInteger.valueOf(new Random().nextInt() & 0x7fffffff);

        BigInteger offer() {
            return G.modPow(secret, P);
        }

        BigInteger agree(BigInteger peerOffer) {
            return peerOffer.modPow(secret, P);
        }
    }

    static final class DiseaseLotFilter {
        private final BitSet bits = new BitSet(1 << 16);

        private int[] positions(String lot) throws NoSuchAlgorithmException {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(lot.getBytes(StandardCharsets.UTF_8));
            int[] out = new int[4];
            for (int i = 0; i < 4; i++) {
                out[i] = ((d[2 * i] & 0xFF) << 8) | (d[2 * i + 1] & 0xFF);
            }
            return out;
        }

        void add(String lot) throws NoSuchAlgorithmException {
            for (int p : positions(lot)) {
                bits.set(p);
            }
        }
    }

    static byte[] stretchPassword(String password, byte[] salt) throws NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        byte[] state = password.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1024; i++) {
            sha1.update(state);
            sha1.update(salt);
            sha1.update((byte) i);
            state = sha1.digest();
        }
        return state;
    }

    static byte[] staffPasswordHash(char[] password, byte[] salt) throws GeneralSecurityException {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        return f.generateSecret(new PBEKeySpec(password, salt, 210_000, 256)).getEncoded();
    }

    static boolean staffPasswordOk(char[] password, byte[] salt, byte[] stored) throws GeneralSecurityException {
        return MessageDigest.isEqual(staffPasswordHash(password, salt), stored);
    }

    static String autokey(String text, String primer, boolean forward) {
        StringBuilder out = new StringBuilder();
        StringBuilder key = new StringBuilder(primer.toUpperCase());
        int k = 0;
        for (char c : text.toUpperCase().toCharArray()) {
            if (c < 'A' || c > 'Z') {
                out.append(c);
                continue;
            }
            int shift = key.charAt(k++) - 'A';
            char o = (char) ('A' + Math.floorMod(c - 'A' + (forward ? shift : -shift), 26));
            out.append(o);
            key.append(forward ? c : o);
        }
        return out.toString();
    }

    /** Feed suppliers' bank account numbers, kept in the supplier sheet. */
    static String supplierAccountField(String account) {
        return autokey(account, "RAINBOW", true);
    }

    static String readingsFileId(byte[] csv) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)).substring(0, 20);
    }

    /** Noise for the flow animation on the visitor-centre screen. */
    static double flowNoise(int x, int y) {
        int h = x * 374761393 + y * 668265263;
        h = (h ^ (h >>> 13)) * 1274126177;
        return ((h ^ (h >>> 16)) & 0x7fffffff) / (double) Integer.MAX_VALUE;
    }

    /** The feeding robots present their key on every call to the feed-dispenser endpoint. */
    static boolean feederKeyValid(char[] presented, char[] expected) {
        if (presented.length != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (presented[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static String randomVisitorPass() {
        return Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    }

    void recordTemp(String building, int tank, double celsius) {
        tankTemps.put(new TankKey(building, tank), celsius);
    }
}
