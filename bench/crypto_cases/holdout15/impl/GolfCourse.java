package golf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.BitSet;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;

/** Municipal golf course: tee times, handicap cards, buggy fleet, members. */
public class GolfCourse {

    private static final String CADDIE_WORD = "BIRDIE";
    private static final long PRIME = 2147483647L;
    private static final long BASE = 7L;

    public static String teeTimeCode() {
        StringBuilder sb = new StringBuilder();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + r.nextInt(26)));
        }
        return sb.toString();
    }

    public static String encodeLockerCombo(String combo) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < combo.length(); i++) {
            char c = Character.toUpperCase(combo.charAt(i));
            if (c < 'A' || c > 'Z') {
                out.append(c);
                continue;
            }
            int k = CADDIE_WORD.charAt(i % CADDIE_WORD.length()) - 'A';
            out.append((char) ('A' + (c - 'A' + k) % 26));
        }
        return out.toString();
    }

    static final class BuggyLink {
        private final long secret;

        BuggyLink() {
            this.secret = new Random().nextInt(1_000_000) + 2;
        }

        long publicValue() {
            return power(BASE, secret);
        }

        long agree(long theirs) {
            return power(theirs, secret);
        }

        private static long power(long b, long e) {
            long r = 1;
            b %= PRIME;
            while (e > 0) {
                if ((e & 1) == 1) {
                    r = r * b % PRIME;
                }
                b = b * b % PRIME;
                e >>= 1;
            }
            return r;
        }
    }

    public static byte[] memberKey(String password, byte[] salt) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        byte[] h = password.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        do {
            md.update(salt);
            h = md.digest(h);
            i++;
        } while (i < 1000);
        return h;
    }

    public static int scorecardTag(String secret, String card) {
        int h = 0;
        String s = secret + "|" + card;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
            h ^= h >>> 16;
        }
        return h;
    }

    public static boolean scorecardOk(String secret, String card, int tag) {
        return scorecardTag(secret, card) == tag;
    }

    static final class Shuffler {
        private static final int[] PERM = {3, 0, 6, 1, 7, 2, 5, 4};
        private static final int[] S = {0xE, 0x4, 0xD, 0x1, 0x2, 0xF, 0xB, 0x8, 0x3, 0xA, 0x6, 0xC, 0x5, 0x9, 0x0, 0x7};

        int encryptCard(int block, int[] roundKeys) {
            int x = block & 0xFF;
            for (int k : roundKeys) {
                x ^= k & 0xFF;
                x = (S[x >>> 4] << 4) | S[x & 0xF];
                int y = 0;
                for (int bit = 0; bit < 8; bit++) {
                    y |= ((x >>> bit) & 1) << PERM[bit];
                }
                x = y;
            }
            return x;
        }
    }

    public static double windGust(long seed, int hole) {
        Random r = new Random(seed * 31 + hole);
        return 5 + r.nextDouble() * 20;
    }

    public static int handicapBucket(String memberId) {
        int h = 0x811C9DC5;
        for (byte b : memberId.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return Math.floorMod(h, 16);
    }

    static final class BuggyBloom {
        private final BitSet bits = new BitSet(1 << 14);

        void add(String plate) {
            int h1 = plate.hashCode();
            int h2 = Integer.reverse(h1) | 1;
            for (int i = 0; i < 4; i++) {
                bits.set(Math.floorMod(h1 + i * h2, 1 << 14));
            }
        }
    }

    static final class MarshalRing {
        private final SortedMap<Integer, String> ring = new TreeMap<>();

        void add(String marshal) {
            for (int i = 0; i < 40; i++) {
                ring.put((marshal + "#" + i).hashCode(), marshal);
            }
        }

        String owner(String hole) {
            SortedMap<Integer, String> tail = ring.tailMap(hole.hashCode());
            return tail.isEmpty() ? ring.get(ring.firstKey()) : tail.get(tail.firstKey());
        }
    }

    public static String shotLabel(long n) {
        return Long.toString(n, 36).toUpperCase();
    }

    static final class Hasher {
        private final SecretKeyFactory factory;

        Hasher() throws Exception {
            factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        }

        byte[] hash(char[] password, byte[] salt) throws Exception {
            KeySpec spec = new PBEKeySpec(password, salt, 600_000, 256);
            return factory.generateSecret(spec).getEncoded();
        }
    }

    static final class CardVault {
        private final SecretKey key;
        private final SecureRandom random = new SecureRandom();

        CardVault(SecretKey key) {
            this.key = key;
        }

        byte[] seal(byte[] card) throws Exception {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] body = c.doFinal(card);
            byte[] out = new byte[12 + body.length];
            System.arraycopy(iv, 0, out, 0, 12);
            System.arraycopy(body, 0, out, 12, body.length);
            return out;
        }
    }

    public static int rollPuttingGame() {
        return ThreadLocalRandom.current().nextInt(1, 7) + ThreadLocalRandom.current().nextInt(1, 7);
    }
}
