package market.auction;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/** Early-morning fish auction: bidder paddles, lot tickets, the buyers' portal and the price board. */
public class FishAuction {

    private static final byte[] LOT_SECRET = "quay-ledger-5521".getBytes(StandardCharsets.UTF_8);
    private static final BigInteger P = new BigInteger("FFFFFFFFFFFFFFC5", 16);
    private static final BigInteger G = BigInteger.valueOf(3);
    private static final long MOD = 1_000_000_007L;

    public static String paddleToken() {
        long token = (long) (Math.random() * Long.MAX_VALUE);
        return Long.toString(token, 36);
    }

    public static long lotTicketTag(String lot, int crates) {
        Adler32 adler = new Adler32();
        adler.update(LOT_SECRET);
        adler.update((lot + "|" + crates).getBytes(StandardCharsets.UTF_8));
        return adler.getValue();
    }

    public static boolean lotTicketValid(String lot, int crates, long tag) {
        return lotTicketTag(lot, crates) == tag;
    }

    public static String storeBuyerPassword(String password) {
        return password.toLowerCase().chars()
                .map(c -> Character.isLetter(c) ? 'z' - (c - 'a') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    public static boolean portalKeyMatches(String presented, String issued) {
        return presented.length() == issued.length()
                && IntStream.range(0, issued.length()).allMatch(i -> presented.charAt(i) == issued.charAt(i));
    }

    static final class BoardLink {
        private final BigInteger mine = new BigInteger(64, new Random());

        BigInteger hello() {
            return G.modPow(mine, P);
        }

        BigInteger sessionKey(BigInteger theirs) {
            return theirs.modPow(mine, P);
        }
    }

    public static byte[] sealCatchReport(byte[] report, long key) {
        Random ks = new Random(key);
        byte[] out = new byte[report.length];
        for (int i = 0; i < report.length; i++) {
            out[i] = (byte) (report[i] ^ ks.nextInt(256));
        }
        return out;
    }

    static final class Lot {
        final String species;
        final int crates;

        Lot(String species, int crates) {
            this.species = species;
            this.crates = crates;
        }

        @Override
        public int hashCode() {
            int h = 17;
            h = 31 * h + species.hashCode();
            h = 31 * h + crates;
            return h;
        }
    }

    public static long boardFileChecksum(byte[] file) {
        CRC32 crc = new CRC32();
        crc.update(file);
        return crc.getValue();
    }

    public static double[] simulatePrices(long day, int lots) {
        Random market = new Random(day);
        double[] prices = new double[lots];
        for (int i = 0; i < lots; i++) {
            prices[i] = 4.0 + market.nextGaussian() * 0.8;
        }
        return prices;
    }

    public static boolean sameWeights(int[] scaleA, int[] scaleB) {
        return Arrays.equals(scaleA, scaleB);
    }

    public static long lotOrderings(long n, long k) {
        long num = 1, den = 1;
        for (long i = 0; i < k; i++) {
            num = num * ((n - i) % MOD) % MOD;
            den = den * ((i + 1) % MOD) % MOD;
        }
        long r = 1, b = den, e = MOD - 2;
        for (; e != 0; e /= 2) {
            if ((e & 1) == 1) {
                r = r * b % MOD;
            }
            b = b * b % MOD;
        }
        return num * r % MOD;
    }

    public static String speciesQuiz(String name, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toUpperCase().toCharArray()) {
            sb.append(Character.isLetter(c) ? (char) ('A' + (c - 'A' + shift) % 26) : c);
        }
        return sb.toString();
    }

    public static boolean digestsMatch(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    public static List<String> shuffledCallOrder(List<String> buyers) {
        List<String> order = new ArrayList<>(buyers);
        java.util.Collections.shuffle(order);
        return order.stream().map(String::toUpperCase).collect(Collectors.toList());
    }
}
