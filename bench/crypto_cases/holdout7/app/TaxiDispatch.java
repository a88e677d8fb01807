import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Taxi dispatch: driver app keys, fare receipts, licence records, ride ids, geohash, surge. */
public class TaxiDispatch {

    private final Map<String, String> driverKeys = new ConcurrentHashMap<>();

    private static boolean keyEquals(String stored, String given) {
        if (stored == null || given == null || stored.length() != given.length()) {
            return false;
        }
        for (int i = 0; i < stored.length(); i++) {
            if (stored.charAt(i) != given.charAt(i)) return false;
        }
        return true;
    }

    public boolean authenticateDriver(String driverId, String apiKey) {
        return keyEquals(driverKeys.get(driverId), apiKey);
    }

    /** Fare receipts are signed so riders can expense them; the key is made at start-up. */
    static final class FareSigner {
        private final BigInteger n;
        private final BigInteger d;
        final BigInteger e = BigInteger.valueOf(65537);

        FareSigner(SecureRandom rnd) {
            BigInteger p = BigInteger.probablePrime(64, rnd);
            BigInteger q = BigInteger.probablePrime(64, rnd);
            n = p.multiply(q);
            d = e.modInverse(p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE)));
        }

        BigInteger sign(long rideNo, long cents) {
            BigInteger m = BigInteger.valueOf(rideNo).shiftLeft(32).or(BigInteger.valueOf(cents));
            return m.modPow(d, n);
        }

        boolean verify(long rideNo, long cents, BigInteger sig) {
            return sig.modPow(e, n).equals(BigInteger.valueOf(rideNo).shiftLeft(32).or(BigInteger.valueOf(cents)));
        }
    }

    /** Licence numbers are stored shifted so the dispatch screen does not show them in clear. */
    static String shiftLicence(String licence, int key) {
        char[] out = licence.toUpperCase().toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (Character.isLetter(c)) out[i] = (char) ('A' + (c - 'A' + key) % 26);
            else if (Character.isDigit(c)) out[i] = (char) ('0' + (c - '0' + key) % 10);
        }
        return new String(out);
    }

    public String newRideId() {
        return UUID.randomUUID().toString();
    }

    private static final String BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

    /** Pickup points are bucketed by geohash for the nearest-driver search. */
    static String geohash(double lat, double lon, int length) {
        double[] la = {-90, 90};
        double[] lo = {-180, 180};
        StringBuilder sb = new StringBuilder();
        int bit = 0;
        int ch = 0;
        boolean even = true;
        while (sb.length() < length) {
            double[] range = even ? lo : la;
            double value = even ? lon : lat;
            double mid = (range[0] + range[1]) / 2;
            if (value >= mid) {
                ch |= 1 << (4 - bit);
                range[0] = mid;
            } else {
                range[1] = mid;
            }
            even = !even;
            if (++bit == 5) {
                sb.append(BASE32.charAt(ch));
                bit = 0;
                ch = 0;
            }
        }
        return sb.toString();
    }

    static double surgeJitter(double base) {
        return base * (1 + ThreadLocalRandom.current().nextDouble(-0.03, 0.03));
    }

    static byte[] signDispatchLog(byte[] log) throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generate();
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(pair.getPrivate());
        s.update(log);
        return s.sign();
    }

    static byte[] signDispatchLogV2(byte[] log) throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(pair.getPrivate());
        s.update(log);
        return s.sign();
    }

    static String receiptText(long rideNo, long cents) {
        return new String(("ride " + rideNo + " " + cents).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
