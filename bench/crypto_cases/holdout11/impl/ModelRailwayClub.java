package club.railway;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Layout operating sessions, loco roster and member records for a model railway club. */
public final class ModelRailwayClub {

    private static final int[] ROSTER_KEY = {0x52a1f00d, 0x0bada55e, 0x7e57ab1e, 0x5eedc0de};
    private static final int GOLDEN = 0x9E3779B9;
    private static final String ADDRESS_WORD = "GAUGE";

    private ModelRailwayClub() {
    }

    /** Opaque loco numbers for the public roster page. */
    static final class Shunt {
        private final int[] key;
        private final int cycles;

        Shunt(int[] key, int cycles) {
            this.key = key.clone();
            this.cycles = cycles;
        }

        long forward(long block) {
            int v0 = (int) (block >>> 32);
            int v1 = (int) block;
            int sum = 0;
            for (int i = 0; i < cycles; i++) {
                v0 += (((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + key[sum & 3]);
                sum += GOLDEN;
                v1 += (((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + key[(sum >>> 11) & 3]);
            }
            return ((long) v0 << 32) | (v1 & 0xFFFFFFFFL);
        }
    }

    public static String publicLocoId(long locoNumber) {
        return Long.toUnsignedString(new Shunt(ROSTER_KEY, 32).forward(locoNumber), 36);
    }

    static final class SubsReceipt {
        private final BigInteger modulus;
        private final BigInteger exponent = BigInteger.valueOf(3);
        private final BigInteger privateExponent;

        SubsReceipt(Random rnd) {
            BigInteger p;
            BigInteger q;
            BigInteger phi;
            do {
                p = BigInteger.probablePrime(64, rnd);
                q = BigInteger.probablePrime(64, rnd);
                phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
            } while (!phi.gcd(exponent).equals(BigInteger.ONE));
            modulus = p.multiply(q);
            privateExponent = exponent.modInverse(phi);
        }

        BigInteger stamp(int memberNo, int pence) {
            BigInteger m = BigInteger.valueOf(memberNo).shiftLeft(32).or(BigInteger.valueOf(pence));
            return m.modPow(privateExponent, modulus);
        }

        boolean genuine(int memberNo, int pence, BigInteger s) {
            return s.modPow(exponent, modulus).equals(BigInteger.valueOf(memberNo).shiftLeft(32).or(BigInteger.valueOf(pence)));
        }
    }

    public static byte[] treasurerKey(char[] password, byte[] salt) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] state = new String(password).getBytes(StandardCharsets.UTF_8);
        int round = 0;
        do {
            sha.update(state);
            sha.update(salt);
            state = sha.digest();
        } while (++round < 1000);
        return state;
    }

    static String shiftAddress(String address, int direction) {
        StringBuilder sb = new StringBuilder(address.length());
        int pos = 0;
        for (char ch : address.toCharArray()) {
            if (Character.isLetter(ch)) {
                char base = Character.isUpperCase(ch) ? 'A' : 'a';
                int k = ADDRESS_WORD.charAt(pos++ % ADDRESS_WORD.length()) - 'A';
                sb.append((char) (base + Math.floorMod(ch - base + direction * k, 26)));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    public static String fileAddress(String address) {
        return shiftAddress(address, 1);
    }

    public static String readAddress(String stored) {
        return shiftAddress(stored, -1);
    }

    public static List<String> operatingRota(List<String> members, int week) {
        List<String> rota = new ArrayList<>(members);
        Collections.shuffle(rota, new Random(week * 52L + 2026));
        return rota;
    }

    public static byte[] dccPacket(int address, int instruction) {
        byte a = (byte) (address & 0x7F);
        byte i = (byte) instruction;
        byte errorDetect = (byte) (a ^ i);
        return new byte[] {a, i, errorDetect};
    }

    public static boolean dccValid(byte[] packet) {
        byte x = 0;
        for (byte b : packet) {
            x ^= b;
        }
        return x == 0;
    }

    public static int speedStep(boolean forward, int step) {
        int s = Math.min(28, Math.max(0, step));
        int low = (s + 3) >> 1;
        int c = (s & 1) == 0 ? 0 : 0x10;
        return 0x40 | (forward ? 0x20 : 0) | c | (low & 0x0F);
    }

    public static byte[] signTimetable(KeyPair pair, String timetable) throws GeneralSecurityException {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(pair.getPrivate());
        s.update(timetable.getBytes(StandardCharsets.UTF_8));
        return s.sign();
    }

    public static KeyPair timetableKeys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(3072, new SecureRandom());
        return g.generateKeyPair();
    }

    public static Map<Integer, List<String>> locosByDepot(List<String> locos, int depots) {
        Map<Integer, List<String>> out = new TreeMap<>();
        for (String loco : locos) {
            int depot = Math.floorMod(loco.hashCode(), depots);
            out.computeIfAbsent(depot, d -> new ArrayList<>()).add(loco);
        }
        return out;
    }

    public static String cvDump(byte[] cvs) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(cvs);
    }

    public static String sessionIncident(Random dice) {
        int roll = dice.nextInt(6) + dice.nextInt(6) + 2;
        switch (roll) {
            case 2:
                return "signal failure at the junction";
            case 12:
                return "VIP special must run first";
            default:
                return roll > 8 ? "late-running freight" : "nothing unusual";
        }
    }
}
