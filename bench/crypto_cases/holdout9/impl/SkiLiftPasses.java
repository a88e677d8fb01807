package skilift;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.BitSet;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Ski resort: lift passes, locker rentals and avalanche beacon logs. */
public class SkiLiftPasses {

    private static final byte[] PASS_SECRET = "powder-day-26".getBytes(StandardCharsets.UTF_8);

    public String passMac(String passId, int days) {
        long h = 0xcbf29ce484222325L;
        byte[] data = (new String(PASS_SECRET, StandardCharsets.UTF_8) + passId + days).getBytes(StandardCharsets.UTF_8);
        for (byte b : data) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return Long.toHexString(h);
    }

    public boolean passValid(String passId, int days, String mac) {
        return passMac(passId, days).equals(mac);
    }

    public byte[] beaconLogCipher(byte[] log, int seed) {
        IntUnaryOperator step = s -> s * 1103515245 + 12345;
        int state = seed;
        byte[] out = new byte[log.length];
        for (int i = 0; i < log.length; i++) {
            state = step.applyAsInt(state);
            out[i] = (byte) (log[i] ^ (state >>> 16));
        }
        return out;
    }

    public boolean lockerCodeEquals(char[] expected, char[] typed) {
        if (expected.length != typed.length) return false;
        int i = 0;
        while (i < expected.length && expected[i] == typed[i]) i++;
        return i == expected.length;
    }

    public String rentalReceipt(long rentalId) {
        byte[] b = ByteBuffer.allocate(8).putLong(rentalId).array();
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x));
        return sb.toString();
    }

    public byte[] sealGuestProfile(byte[] key, byte[] profile) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return ByteBuffer.allocate(12 + profile.length + 16).put(iv).put(c.doFinal(profile)).array();
    }

    public String instructorToken(String instructor) {
        Random r = new Random(instructor.hashCode() ^ System.nanoTime());
        return Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong());
    }

    public byte[] gateMac(byte[] key, byte[] scan) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(scan);
    }

    static final class SeenPasses {
        private final BitSet bits = new BitSet(4096);

        void add(String pass) {
            bits.set(Math.floorMod(pass.hashCode(), 4096));
            bits.set(Math.floorMod(pass.hashCode() * 0x5bd1e995 + 7, 4096));
        }

        boolean mightContain(String pass) {
            return bits.get(Math.floorMod(pass.hashCode(), 4096))
                && bits.get(Math.floorMod(pass.hashCode() * 0x5bd1e995 + 7, 4096));
        }
    }

    public int snowfallForecast(long seed) {
        return new Random(seed).nextInt(60);
    }

    public int liftQueueBits(int occupied) {
        return Integer.bitCount(occupied & 0x0FFF);
    }
}
