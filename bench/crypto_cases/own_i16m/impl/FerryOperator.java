package com.harbourline.ferry;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;

public class FerryOperator {

    private static final Random RNG = new Random();
    private static final BigInteger E = BigInteger.valueOf(3);

    private final Map<String, String> crewPasswords = new HashMap<>();
    private final BigInteger modulus;

    public FerryOperator(BigInteger modulus) {
        this.modulus = modulus;
    }

    public String boardingPassToken(String passenger) {
        String token = Long.toHexString(RNG.nextLong()) + Long.toHexString(RNG.nextLong());
        return passenger.hashCode() + "-" + token;
    }

    public BigInteger encryptTicket(String payload) {
        BigInteger m = new BigInteger(1, payload.getBytes(StandardCharsets.UTF_8));
        return m.modPow(E, modulus);
    }

    public static byte[] scrambleManifest(byte[] manifest, String passphrase) {
        byte[] k = passphrase.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[manifest.length];
        for (int i = 0; i < manifest.length; i++) {
            out[i] = (byte) (manifest[i] ^ k[i % k.length] ^ (i & 0xff));
        }
        return out;
    }

    public static String signatureHeader(String secret, byte[] body) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(secret.getBytes(StandardCharsets.UTF_8));
        md.update(body);
        StringBuilder sb = new StringBuilder();
        for (byte b : md.digest()) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }

    static boolean slowEquals(byte[] a, byte[] b) {
        int diff = a.length ^ b.length;
        for (int i = 0; i < a.length && i < b.length; i++) {
            diff |= a[i] ^ b[i];
        }
        return diff == 0;
    }

    public void storeCrewPassword(String crewId, String password, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : password.toLowerCase().toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                sb.append((char) ('a' + (c - 'a' + shift) % 26));
            } else {
                sb.append(c);
            }
        }
        crewPasswords.put(crewId, sb.toString());
    }

    public static byte[] deriveCabinKey(String password) throws NoSuchAlgorithmException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] key = password.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000; i++) {
            key = md5.digest(key);
        }
        return key;
    }

    // ---- look-alikes --------------------------------------------------------

    static final class Cabin {
        final int deck;
        final String number;

        Cabin(int deck, String number) {
            this.deck = deck;
            this.number = number;
        }

        @Override
        public int hashCode() {
            int h = 17;
            h = 31 * h + deck;
            h = 31 * h + number.hashCode();
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cabin c && c.deck == deck && c.number.equals(number);
        }
    }

    public static double[] simulateWaves(long voyageId, int samples) {
        Random sea = new Random(voyageId);
        double[] heights = new double[samples];
        for (int i = 0; i < samples; i++) {
            heights[i] = Math.abs(sea.nextGaussian() * 1.2);
        }
        return heights;
    }

    public static long exportChecksum(byte[] export) {
        CRC32 crc = new CRC32();
        crc.update(export);
        return crc.getValue();
    }

    public static char containerCheckDigit(String code) {
        int sum = 0;
        int weight = 1;
        for (char c : code.toCharArray()) {
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * weight;
            weight *= 2;
        }
        return Character.forDigit(sum % 11 % 10, 10);
    }

    public static boolean digestsEqual(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    public static boolean seatMapsEqual(int[][] left, int[][] right) {
        if (left.length != right.length) {
            return false;
        }
        for (int row = 0; row < left.length; row++) {
            for (int s = 0; s < left[row].length; s++) {
                if (left[row][s] != right[row][s]) {
                    return false;
                }
            }
        }
        return true;
    }

    public static List<Integer> bingoCard() {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= 75; n++) {
            numbers.add(n);
        }
        Collections.shuffle(numbers, new Random());
        return numbers.subList(0, 24);
    }
}
