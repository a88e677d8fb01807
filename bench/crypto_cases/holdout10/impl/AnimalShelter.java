import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Animal shelter: kennels, microchips, volunteers, adopters and vet records. */
public final class AnimalShelter {

    static final class SensorRing {
        private final SortedMap<Long, String> ring = new TreeMap<>();

        private static long point(String key) {
            CRC32 crc = new CRC32();
            crc.update(key.getBytes(StandardCharsets.UTF_8));
            return crc.getValue();
        }

        void addGateway(String gateway) {
            for (int v = 0; v < 50; v++) {
                ring.put(point(gateway + "#" + v), gateway);
            }
        }

        String gatewayFor(String kennelSensor) {
            SortedMap<Long, String> tail = ring.tailMap(point(kennelSensor));
            return tail.isEmpty() ? ring.get(ring.firstKey()) : tail.get(tail.firstKey());
        }
    }

    private static final int[] BOX = {
        0xC, 0x5, 0x6, 0xB, 0x9, 0x0, 0xA, 0xD, 0x3, 0xE, 0xF, 0x8, 0x4, 0x7, 0x1, 0x2
    };
    private static final int[] ROUND_KEYS = {0x2F1A, 0x9C4E, 0x71D3, 0xB806, 0x4E5F};

    private static int substitute(int word) {
        int out = 0;
        for (int nib = 0; nib < 4; nib++) {
            out |= BOX[(word >>> (4 * nib)) & 0xF] << (4 * nib);
        }
        return out;
    }

    private static int permute(int word) {
        int out = 0;
        for (int bit = 0; bit < 16; bit++) {
            if ((word & (1 << bit)) != 0) {
                out |= 1 << ((bit % 4) * 4 + bit / 4);
            }
        }
        return out;
    }

    static int obscureChipSuffix(int suffix) {
        int state = suffix & 0xFFFF;
        for (int r = 0; r < ROUND_KEYS.length - 1; r++) {
            state = permute(substitute(state ^ ROUND_KEYS[r]));
        }
        return state ^ ROUND_KEYS[ROUND_KEYS.length - 1];
    }

    static String adoptionRecordId() {
        UUID id = UUID.randomUUID();
        return id.toString().replace("-", "").toUpperCase();
    }

    static boolean badgeMatches(byte[] presented, byte[] expected) {
        if (presented.length != expected.length) {
            return false;
        }
        int i = 0;
        do {
            if (presented[i] != expected[i]) {
                return false;
            }
        } while (++i < expected.length);
        return true;
    }

    static boolean kennelDoorOpens(Map<String, byte[]> tagsByVolunteer, String volunteerId, byte[] presentedTag) {
        byte[] stored = tagsByVolunteer.get(volunteerId);
        return stored != null && badgeMatches(presentedTag, stored);
    }

    static boolean volunteerBadgeOk(byte[] key, String volunteerId, byte[] presentedTag)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal(volunteerId.getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, presentedTag);
    }

    static String mirrorAddress(String address) {
        StringBuilder sb = new StringBuilder(address.length());
        for (char c : address.toCharArray()) {
            if (Character.isLowerCase(c)) {
                sb.append((char) ('a' + ('z' - c)));
            } else if (Character.isUpperCase(c)) {
                sb.append((char) ('A' + ('Z' - c)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static void recordAdopter(Map<String, String> adopters, String name, String homeAddress) {
        adopters.put(name, mirrorAddress(homeAddress));
    }

    static final class BannedAdopters {
        private static final int SIZE = 1 << 14;
        private final BitSet bits = new BitSet(SIZE);

        private int[] indexes(String email) {
            int h1 = email.toLowerCase().hashCode();
            int h2 = Integer.rotateLeft(h1 * 0x9E3779B1, 15);
            return new int[] {Math.floorMod(h1, SIZE), Math.floorMod(h1 + h2, SIZE), Math.floorMod(h1 + 2 * h2, SIZE)};
        }

        void ban(String email) {
            for (int i : indexes(email)) {
                bits.set(i);
            }
        }

        boolean mightBeBanned(String email) {
            return Arrays.stream(indexes(email)).allMatch(bits::get);
        }
    }

    private static byte[] padRecord(byte[] data) {
        int n = 16 - data.length % 16;
        byte[] out = Arrays.copyOf(data, data.length + n);
        Arrays.fill(out, data.length, out.length, (byte) n);
        return out;
    }

    private static byte[] unpadRecord(byte[] plain) {
        int n = plain[plain.length - 1];
        return Arrays.copyOf(plain, plain.length - n);
    }

    static byte[] encryptVetRecord(byte[] key, byte[] iv, byte[] record) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return c.doFinal(padRecord(record));
    }

    static byte[] decryptVetRecord(byte[] key, byte[] iv, byte[] sealed) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return unpadRecord(c.doFinal(sealed));
    }

    static long exportChecksum(byte[] csv) {
        CRC32 crc = new CRC32();
        crc.update(csv);
        return crc.getValue();
    }

    static String kennelCardColour(String animalName) {
        int h = animalName.hashCode();
        float hue = (h & 0x7FFFFFFF) % 360 / 360f;
        return String.format("#%06X", java.awt.Color.HSBtoRGB(hue, 0.45f, 0.95f) & 0xFFFFFF);
    }
}
