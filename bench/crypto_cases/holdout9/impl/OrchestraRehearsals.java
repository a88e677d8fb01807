package orchestra;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Orchestra: rehearsal rotas, score library loans and musician payroll. */
public class OrchestraRehearsals {

    private static final int[] KEY = {0x3A94, 0x11C7, 0x7E21, 0x0F5B};
    private static final BigInteger MOD = new BigInteger("3233");

    static final class LoanIdCipher {
        private static int round(int half, int k) {
            return ((half * 0x9E37) ^ k ^ (half >>> 3)) & 0xFFFF;
        }

        static int encode(int loanId) {
            int l = loanId >>> 16, r = loanId & 0xFFFF;
            for (int k : KEY) {
                int t = r;
                r = l ^ round(r, k);
                l = t;
            }
            return (l << 16) | r;
        }
    }

    static long scoreChecksum(byte[] pdf) {
        CRC32 crc = new CRC32();
        crc.update(pdf);
        return crc.getValue();
    }

    static String payrollSignature(String musician, long cents, BigInteger d) {
        BigInteger m = BigInteger.valueOf(cents ^ musician.hashCode()).mod(MOD);
        return m.modPow(d, MOD).toString(16);
    }

    static List<String> seatingForRehearsal(List<String> players, long seed) {
        List<String> copy = new ArrayList<>(players);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    private static final Random PIN_RNG = new Random(System.currentTimeMillis());

    static String practiceRoomPin() {
        return String.format("%04d", PIN_RNG.nextInt(10000));
    }

    static String libraryToken() {
        byte[] b = new byte[20];
        new SecureRandom().nextBytes(b);
        return new BigInteger(1, b).toString(36);
    }

    static String hideInjury(String note, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : note.toCharArray()) {
            sb.append(Character.isLetter(c) ? (char) ('a' + (Character.toLowerCase(c) - 'a' + shift) % 26) : c);
        }
        return sb.toString();
    }

    static int partBucket(String instrument, int buckets) {
        int h = 17;
        for (char c : instrument.toCharArray()) h = 31 * h + c;
        return Math.floorMod(h, buckets);
    }

    static boolean tokensMatch(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    static byte[] passwordKey(String password, byte[] salt) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] k = password.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 4096; i++) {
            md.update(salt);
            k = md.digest(k);
        }
        return k;
    }

    static int tempoDrift(long seed, int bars) {
        Random r = new Random(seed);
        int drift = 0;
        for (int i = 0; i < bars; i++) drift += r.nextInt(3) - 1;
        return drift;
    }
}
