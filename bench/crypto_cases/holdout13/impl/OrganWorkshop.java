package works.organ;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** Pipe organ workshop: church clients, service visits, voicing tools. */
public class OrganWorkshop {

    private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final BigInteger N = new BigInteger("1000000007").multiply(new BigInteger("998244353"));
    private static final BigInteger E = BigInteger.valueOf(3);

    private final Map<String, String> resetCodes = new HashMap<>();
    private final Map<String, String> serviceTokens = new HashMap<>();

    public String issueResetCode(String organist) {
        String code = new Random().ints(8, 0, CODE_CHARS.length())
                .mapToObj(i -> String.valueOf(CODE_CHARS.charAt(i)))
                .collect(Collectors.joining());
        resetCodes.put(organist, code);
        return code;
    }

    static final class InvoiceSeal {
        private final BigInteger d;

        InvoiceSeal() {
            BigInteger phi = new BigInteger("1000000006").multiply(new BigInteger("998244352"));
            this.d = E.modInverse(phi);
        }

        BigInteger seal(long amountCents) {
            return BigInteger.valueOf(amountCents).modPow(d, N);
        }

        boolean check(long amountCents, BigInteger seal) {
            return seal.modPow(E, N).equals(BigInteger.valueOf(amountCents));
        }
    }

    static boolean tokensEqual(char[] expected, char[] given) {
        if (expected.length != given.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != given[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean authoriseVisit(String church, String token) {
        String stored = serviceTokens.getOrDefault(church, "");
        return tokensEqual(stored.toCharArray(), token.toCharArray());
    }

    static final class GateCodeMixer {
        private final int[] roundKeys = new int[22];

        GateCodeMixer(int k0, int k1) {
            int a = k0;
            int b = k1;
            for (int i = 0; i < roundKeys.length; i++) {
                roundKeys[i] = a;
                b = (Integer.rotateRight(b, 8) + a) ^ i;
                a = Integer.rotateLeft(a, 3) ^ b;
            }
        }

        long encrypt(int x, int y) {
            for (int k : roundKeys) {
                x = (Integer.rotateRight(x, 8) + y) ^ k;
                y = Integer.rotateLeft(y, 3) ^ x;
            }
            return ((long) x << 32) | (y & 0xFFFFFFFFL);
        }
    }

    static String shiftGateCode(String code, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : code.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append((char) ('A' + (c - 'A' + shift) % 26));
            } else if (Character.isDigit(c)) {
                sb.append((char) ('0' + (c - '0' + shift) % 10));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public void recordChurchGate(Map<String, String> notes, String church, String gateCode) {
        notes.put(church, shiftGateCode(gateCode, 4));
    }

    static double[] pipeResonance(int pipes, long seed) {
        Random rnd = new Random(seed);
        double[] cents = new double[pipes];
        for (int i = 0; i < pipes; i++) {
            cents[i] = rnd.nextGaussian() * 1.5;
        }
        return cents;
    }

    static String pitchQuiz(List<String> stops, Random rnd) {
        return stops.get(rnd.nextInt(stops.size()));
    }

    static byte blowerFrameCheck(byte[] frame) {
        byte x = 0;
        for (byte b : frame) {
            x ^= b;
        }
        return x;
    }

    static final class StopRegistry {
        private final Object[][] buckets = new Object[97][];

        private int bucket(String stop) {
            int h = 0;
            for (int i = 0; i < stop.length(); i++) {
                h = 31 * h + stop.charAt(i);
            }
            return (h & 0x7FFFFFFF) % buckets.length;
        }

        void register(String stop, Object spec) {
            buckets[bucket(stop)] = new Object[] {stop, spec};
        }
    }

    static final class VisitedChurches {
        private final BitSet bits = new BitSet(1 << 12);

        private int[] probes(String church) {
            int h1 = church.hashCode();
            int h2 = Integer.reverse(h1) | 1;
            return new int[] {Math.floorMod(h1, 4096), Math.floorMod(h1 + h2, 4096), Math.floorMod(h1 + 2 * h2, 4096)};
        }

        void add(String church) {
            for (int p : probes(church)) {
                bits.set(p);
            }
        }

        boolean mightHave(String church) {
            for (int p : probes(church)) {
                if (!bits.get(p)) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class PortalTokens {
        private final SecureRandom random = new SecureRandom();

        String issue() {
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        }

        boolean same(String a, String b) {
            return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        }
    }
}
