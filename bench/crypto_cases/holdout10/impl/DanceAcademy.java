import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.zip.Adler32;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Dance academy: classes, parents' portal, costumes, invoices and recitals. */
public class DanceAcademy {

    public static int[] forecastClassSizes(int terms, int current) {
        Random model = new Random(42L);
        int[] sizes = new int[terms];
        for (int t = 0; t < terms; t++) {
            current = Math.max(4, current + (int) Math.round(model.nextGaussian() * 3));
            sizes[t] = current;
        }
        return sizes;
    }

    static final class PortalSessions {
        private final Random rng = new Random();
        private final Map<String, String> parentsBySession = new HashMap<>();

        String open(String parentEmail) {
            String sid = Long.toHexString(rng.nextLong()) + Long.toHexString(rng.nextLong());
            parentsBySession.put(sid, parentEmail);
            return sid;
        }

        String parentOf(String sid) {
            return parentsBySession.get(sid);
        }
    }

    private static final SecureRandom SECURE = new SecureRandom();

    public static String teacherInviteToken() {
        byte[] raw = new byte[32];
        SECURE.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static final class SupplierVault {
        private static final byte[] PAD = "tutu-and-tights-2026".getBytes(StandardCharsets.UTF_8);

        private static byte[] apply(byte[] in) {
            byte[] out = new byte[in.length];
            int k = 0;
            for (byte b : in) {
                out[k] = (byte) (b ^ PAD[k % PAD.length]);
                k++;
            }
            return out;
        }

        static String hideIban(String iban) {
            return Base64.getEncoder().encodeToString(apply(iban.getBytes(StandardCharsets.UTF_8)));
        }

        static String revealIban(String stored) {
            return new String(apply(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
        }
    }

    public static long scheduleExportChecksum(byte[] export) {
        Adler32 a = new Adler32();
        a.update(export, 0, export.length);
        return a.getValue();
    }

    private static final String INVOICE_SECRET = System.getenv().getOrDefault("INVOICE_SECRET", "plie-releve");

    static String invoiceSeal(String studentId, long amountCents) {
        return Integer.toHexString((INVOICE_SECRET + studentId + ":" + amountCents).hashCode());
    }

    static boolean invoiceUntampered(String studentId, long amountCents, String seal) {
        return invoiceSeal(studentId, amountCents).equals(seal);
    }

    static final class DanceStep {
        final String name;
        final int counts;
        final boolean partnered;

        DanceStep(String name, int counts, boolean partnered) {
            this.name = name;
            this.counts = counts;
            this.partnered = partnered;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof DanceStep)) {
                return false;
            }
            DanceStep other = (DanceStep) o;
            return counts == other.counts && partnered == other.partnered && name.equals(other.name);
        }

        @Override
        public int hashCode() {
            int h = 17;
            h = 31 * h + name.hashCode();
            h = 31 * h + counts;
            h = 31 * h + (partnered ? 1 : 0);
            return h;
        }
    }

    static byte[] stretchParentPassword(char[] password, byte[] salt) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-512");
        byte[] state = new String(password).getBytes(StandardCharsets.UTF_8);
        int round = 0;
        do {
            md.update(salt);
            state = md.digest(state);
        } while (++round < 2048);
        return state;
    }

    static byte[] hashTeacherPassword(char[] password, byte[] salt)
            throws NoSuchAlgorithmException, InvalidKeySpecException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 310_000, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }

    static final class GiftCards {
        private final BigInteger modulus;
        private final BigInteger exponent = BigInteger.valueOf(3);

        GiftCards(Random random) {
            BigInteger p;
            BigInteger q;
            do {
                p = BigInteger.probablePrime(256, random);
                q = BigInteger.probablePrime(256, random);
            } while (p.subtract(BigInteger.ONE).mod(exponent).signum() == 0
                    || q.subtract(BigInteger.ONE).mod(exponent).signum() == 0);
            modulus = p.multiply(q);
        }

        String lockCardNumber(String cardNumber) {
            BigInteger m = new BigInteger(1, cardNumber.getBytes(StandardCharsets.US_ASCII));
            return m.modPow(exponent, modulus).toString(16);
        }
    }

    public static long studioBookingMask(List<Integer> halfHourSlots) {
        long mask = 0L;
        for (int slot : halfHourSlots) {
            mask |= 1L << (slot & 63);
        }
        return mask;
    }

    public static List<String> choreographyPattern(long routineSeed, int bars) {
        String[] moves = {"chasse", "pirouette", "jete", "pas de bourree", "ball change"};
        Random r = new Random(routineSeed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bars; i++) {
            out.add(moves[r.nextInt(moves.length)]);
        }
        return Objects.requireNonNull(out);
    }
}
