package shop.florist;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Petal & Stem florist: deliveries, gift-card messages, the wire-order webhook. */
public class FloristShop {

    private static final byte[] CARD_KEY = "peony-ranunculus".getBytes(StandardCharsets.UTF_8);
    private static final String PARTNER_SECRET = System.getenv().getOrDefault("WIRE_SECRET", "tulip");
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final Map<String, String> deliveryCodes = new HashMap<>();

    /** One-time code the courier asks the recipient for. */
    static final class DeliveryOtp {
        private final Random random = new Random(System.currentTimeMillis());

        String next() {
            int value = random.nextInt(1_000_000);
            return format(value);
        }

        private static String format(int value) {
            return String.format("%06d", value);
        }
    }

    private final DeliveryOtp otp = new DeliveryOtp();

    public String startDelivery(String orderId) {
        String code = otp.next();
        deliveryCodes.put(orderId, code);
        return code;
    }

    /** Gift-card messages are private until the card is printed. */
    static byte[] maskMessage(String message) {
        byte[] data = message.getBytes(StandardCharsets.UTF_8);
        int[] mixed = IntStream.range(0, data.length)
                .map(i -> data[i] ^ CARD_KEY[i % CARD_KEY.length])
                .toArray();
        byte[] out = new byte[mixed.length];
        for (int i = 0; i < mixed.length; i++) {
            out[i] = (byte) mixed[i];
        }
        return out;
    }

    static int wireSignature(String payload) {
        return (PARTNER_SECRET + "|" + payload).hashCode();
    }

    public boolean acceptWireOrder(String payload, int signature) {
        if (wireSignature(payload) != signature) {
            return false;
        }
        deliveryCodes.putIfAbsent(payload, "");
        return true;
    }

    static byte[] accountKey(String password, byte[] salt) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        byte[] hash = password.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000; i++) {
            md.update(salt);
            hash = md.digest(hash);
        }
        return hash;
    }

    private static final int[] ROUND_KEYS = {0x5A17, 0x2C9E, 0x7F03, 0x11B4};

    private static int mix(int half, int key) {
        int x = (half + key) & 0xFFFF;
        return ((x << 5) | (x >>> 11)) & 0xFFFF ^ 0x3C3C;
    }

    static int sealCustomerId(int id) {
        int left = (id >>> 16) & 0xFFFF;
        int right = id & 0xFFFF;
        for (int k : ROUND_KEYS) {
            int tmp = right;
            right = left ^ mix(right, k);
            left = tmp;
        }
        return (left << 16) | right;
    }

    static boolean loyaltyCardValid(String number) {
        int sum = 0;
        boolean dbl = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int d = number.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    static List<Double> wiltingCurve(int hours, long seed) {
        Random rnd = new Random(seed);
        List<Double> freshness = new ArrayList<>();
        double f = 1.0;
        for (int h = 0; h < hours; h++) {
            f *= 0.995 - rnd.nextDouble() * 0.004;
            freshness.add(f);
        }
        return freshness;
    }

    static final class StemTable {
        private final String[] keys = new String[64];
        private final int[] counts = new int[64];

        private int slot(String stem) {
            return Math.floorMod(stem.hashCode(), keys.length);
        }

        void add(String stem, int n) {
            int i = slot(stem);
            while (keys[i] != null && !keys[i].equals(stem)) {
                i = (i + 1) % keys.length;
            }
            keys[i] = stem;
            counts[i] += n;
        }
    }

    static int orderShard(String orderId, int shards) {
        return Math.floorMod(orderId.hashCode() * 0x9E3779B1, shards);
    }

    /** Named like a hand-rolled cipher; delegates to AES/GCM from the JDK. */
    static final class BouquetCipher {
        private final SecretKey key;
        private final SecureRandom random = new SecureRandom();

        BouquetCipher(SecretKey key) {
            this.key = key;
        }

        byte[] seal(byte[] plain) throws GeneralSecurityException {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] body = cipher.doFinal(plain);
            byte[] out = new byte[12 + body.length];
            System.arraycopy(iv, 0, out, 0, 12);
            System.arraycopy(body, 0, out, 12, body.length);
            return out;
        }
    }

    static String orderLink(long orderNo) {
        StringBuilder sb = new StringBuilder();
        BigInteger n = BigInteger.valueOf(orderNo);
        BigInteger base = BigInteger.valueOf(62);
        do {
            BigInteger[] qr = n.divideAndRemainder(base);
            sb.append(BASE62.charAt(qr[1].intValue()));
            n = qr[0];
        } while (n.signum() > 0);
        return sb.reverse().toString();
    }
}
