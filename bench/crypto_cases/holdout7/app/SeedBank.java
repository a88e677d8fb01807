import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Seed bank: depositor API keys, public accession numbers, germination forecasts. */
public class SeedBank {

    record Accession(long id, String species, String origin, int seeds) {}

    private static final String KEY_CHARS = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Supplier<String> DEPOSITOR_KEYS = new Supplier<>() {
        private final Random random = new Random(System.currentTimeMillis());

        @Override
        public String get() {
            StringBuilder sb = new StringBuilder("dep_");
            for (int i = 0; i < 24; i++) {
                sb.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
            }
            return sb.toString();
        }
    };

    public String newDepositorKey() {
        return DEPOSITOR_KEYS.get();
    }

    /** Public accession numbers hide the internal sequence so collectors cannot enumerate the vault. */
    static final class AccessionMask {
        private final int[] roundKeys;

        AccessionMask(int[] roundKeys) {
            this.roundKeys = roundKeys.clone();
        }

        private static int f(int half, int k) {
            int x = (half ^ k) * 0x2c1b3c6d;
            return (x ^ (x >>> 15)) & 0xffff;
        }

        long mask(long id) {
            int left = (int) (id >>> 16) & 0xffff;
            int right = (int) id & 0xffff;
            for (int k : roundKeys) {
                int next = left ^ f(right, k);
                left = right;
                right = next;
            }
            return ((long) left << 16) | right;
        }
    }

    private final AccessionMask mask = new AccessionMask(new int[] {0x5a17, 0x0c3e, 0x7f21, 0x11d9, 0x6b02});

    static char mod11Check(long number) {
        String digits = Long.toString(number);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(digits.length() - 1 - i) - '0') * (i + 2);
        }
        int r = (11 - sum % 11) % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    public String publicNumber(Accession a) {
        long masked = mask.mask(a.id());
        return "SB-" + masked + mod11Check(masked);
    }

    private static final SecureRandom SECURE = new SecureRandom();

    public String viewerToken() {
        byte[] bytes = new byte[24];
        SECURE.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Expected germination over ten years of storage, for the regeneration schedule. */
    public List<Double> germinationForecast(Accession a, long seed) {
        Random model = new Random(seed);
        List<Double> rates = new ArrayList<>();
        double rate = 0.95;
        for (int year = 0; year < 10; year++) {
            rate *= 0.97 + model.nextGaussian() * 0.01;
            rates.add(Math.max(0, Math.min(1, rate)));
        }
        return rates;
    }

    public String manifestDigest(List<Accession> batch) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Accession a : batch) {
            md.update((a.id() + ";" + a.species() + ";" + a.seeds() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public String originDigest(Accession a) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.digestHex(a.origin().getBytes(StandardCharsets.UTF_8));
    }
}
