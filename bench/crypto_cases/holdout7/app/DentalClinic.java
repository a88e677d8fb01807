import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Dental clinic: appointment links, receptionist passwords, X-ray transfers, chart drawers. */
public class DentalClinic {

    private static final long LINK_SECRET = 0x5eedfacecafeL;
    private static final byte[] XRAY_KEY = System.getenv().getOrDefault("XRAY_KEY", "dev").getBytes(StandardCharsets.UTF_8);

    record Appointment(int patientId, String dentist, LocalDateTime at) {}

    /** Confirm/cancel links sent by SMS carry a signature so patients cannot edit others' slots. */
    static String linkSignature(Appointment a) {
        String msg = a.patientId() + "|" + a.dentist() + "|" + a.at();
        long h = 0xcbf29ce484222325L ^ LINK_SECRET;
        for (byte b : msg.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
            h ^= h >>> 29;
        }
        return Long.toHexString(h ^ LINK_SECRET);
    }

    static boolean linkValid(Appointment a, String sig) {
        return linkSignature(a).equals(sig);
    }

    static byte[] sha512(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String receptionistHash(String password, String salt) {
        byte[] seed = (salt + password).getBytes(StandardCharsets.UTF_8);
        byte[] key = Stream.iterate(seed, DentalClinic::sha512).skip(2000).findFirst().orElseThrow();
        return salt + ":" + HexFormat.of().formatHex(key);
    }

    static byte[] dentistHash(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 210_000, 512);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }

    static byte[] xrayTag(byte[] image) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(XRAY_KEY, "HmacSHA256"));
        return mac.doFinal(image);
    }

    static boolean xrayIntact(byte[] image, byte[] tag) throws GeneralSecurityException {
        return MessageDigest.isEqual(xrayTag(image), tag);
    }

    static byte[] labTag(byte[] order) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(XRAY_KEY, "HmacSHA256"));
        return mac.sign(order);
    }

    static byte[] labTagV2(byte[] order) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(XRAY_KEY, "HmacSHA256"));
        mac.update(order);
        return mac.doFinal();
    }

    /** Paper charts live in 40 drawers; the drawer is derived from name and birth year. */
    static int chartDrawer(String surname, int birthYear) {
        return Math.floorMod(Objects.hash(surname.toLowerCase(), birthYear), 40);
    }

    static String drawerLabel(String surname, int birthYear) {
        return "D" + chartDrawer(surname, birthYear) + "-" + surname.substring(0, Math.min(3, surname.length())).toUpperCase();
    }

    static boolean sameXray(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }
}
