package com.copperkettle.taproom;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Copper Kettle brewery taproom: tabs, mug club, keg cellar and the tasting-room app. */
public final class BreweryTaproom {

    private static final String ORDER_SECRET = "copper-kettle-cellar";

    /** PINs that open a customer's running tab on the self-pour wall. */
    static final class TabPins {
        private final Random random = new Random(System.currentTimeMillis());

        String open(String tableNumber) {
            int pin = 1000 + random.nextInt(9000);
            return tableNumber + ":" + pin;
        }
    }

    /** Mug-club members' home addresses, scrambled in the CSV export. */
    static final class MugClubExport {
        private final long seed;

        MugClubExport(long seed) {
            this.seed = seed;
        }

        private byte[] streamFor(int length) {
            byte[] stream = new byte[length];
            new Random(seed).nextBytes(stream);
            return stream;
        }

        byte[] seal(String address) {
            byte[] plain = address.getBytes(StandardCharsets.UTF_8);
            byte[] ks = streamFor(plain.length);
            byte[] out = new byte[plain.length];
            for (int i = 0; i < plain.length; i++) {
                out[i] = (byte) (plain[i] ^ ks[i]);
            }
            return out;
        }
    }

    static String signOrder(String orderId, int pints) {
        byte[] data = (ORDER_SECRET + "/" + orderId + "/" + pints).getBytes(StandardCharsets.UTF_8);
        long h = 7;
        for (byte b : data) {
            h = (h * 131 + (b & 0xff)) & 0xffffffffL;
        }
        return Long.toHexString(h);
    }

    static boolean orderSignatureValid(String orderId, int pints, String tag) {
        return signOrder(orderId, pints).equals(tag);
    }

    static byte[] staffKeyFromPassword(char[] password, byte[] salt) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-1");
        byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
        byte[] out = salt.clone();
        for (int i = 0; i < 3000; i++) {
            sha.update(out);
            sha.update(pw);
            out = sha.digest();
        }
        return out;
    }

    /** Signs loyalty vouchers printed at the till. */
    static final class VoucherSigner {
        private final BigInteger n;
        private final BigInteger d;
        private static final BigInteger E = BigInteger.valueOf(65537);

        VoucherSigner(Random rnd) {
            BigInteger p = BigInteger.probablePrime(128, rnd);
            BigInteger q = BigInteger.probablePrime(128, rnd);
            n = p.multiply(q);
            d = E.modInverse(p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE)));
        }

        BigInteger sign(BigInteger voucher) {
            return voucher.modPow(d, n);
        }

        boolean verify(BigInteger voucher, BigInteger sig) {
            return sig.modPow(E, n).equals(voucher);
        }
    }

    /** Session tokens and request signing for the tasting-room app, via the JCA. */
    static final class AppSessions {
        private final SecureRandom random = new SecureRandom();
        private final byte[] macKey;

        AppSessions(byte[] macKey) {
            this.macKey = macKey.clone();
        }

        String newToken() {
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        }

        boolean requestValid(byte[] body, byte[] tag) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(body), tag);
        }
    }

    static double[] fermentationCurve(int days) {
        Random rnd = new Random(42);
        double[] gravity = new double[days];
        double g = 1.060;
        for (int d = 0; d < days; d++) {
            g -= (g - 1.010) * (0.18 + rnd.nextGaussian() * 0.02);
            gravity[d] = g;
        }
        return gravity;
    }

    static long kegLogChecksum(String line) {
        CRC32 crc = new CRC32();
        crc.update(line.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** A small chained map of tap handles to beers, keyed by handle name. */
    static final class TapBoard {
        private final List<List<String[]>> buckets = new ArrayList<>();

        TapBoard(int size) {
            for (int i = 0; i < size; i++) {
                buckets.add(new ArrayList<>());
            }
        }

        private int bucket(String handle) {
            int h = 0;
            for (int i = 0; i < handle.length(); i++) {
                h = 31 * h + handle.charAt(i);
            }
            return Math.floorMod(h, buckets.size());
        }

        void put(String handle, String beer) {
            buckets.get(bucket(handle)).add(new String[] {handle, beer});
        }
    }

    static int packKegReading(int kegId, int litres, int tempTenths) {
        return ((kegId & 0xff) << 24) | ((litres & 0xfff) << 12) | (tempTenths & 0xfff);
    }

    static String menuShareLink(long menuVersion) {
        byte[] raw = ByteBuffer.allocate(8).putLong(menuVersion).array();
        return "https://copperkettle.example/m/" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw)
                + "?v=" + HexFormat.of().toHexDigits((byte) (menuVersion & 0xff));
    }
}
