package studio.glass;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Furnace bookings, taster vouchers and student records of a glassblowing studio. */
public class GlassblowingStudio {

    private static final String VOUCHER_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final byte[] NOTE_KEY = "gather-and-marver".getBytes(StandardCharsets.UTF_8);
    private static final String STUDIO_SECRET = "glory-hole-1100C";
    private static final int BLOCK = 16;
    private static final SecureRandom RNG = new SecureRandom();

    static final class Vouchers {
        private final int length;

        Vouchers(int length) {
            this.length = length;
        }

        private char pick() {
            return VOUCHER_CHARS.charAt((int) (Math.random() * VOUCHER_CHARS.length()));
        }

        String next() {
            return IntStream.range(0, length).mapToObj(i -> String.valueOf(pick())).collect(Collectors.joining());
        }

        List<String> batch(int n) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(next());
            }
            return out;
        }
    }

    static byte[] foldNote(byte[] note) {
        byte[] out = new byte[note.length];
        int k = 0;
        for (int i = 0; i < note.length; i++) {
            out[i] = (byte) (note[i] ^ NOTE_KEY[k]);
            k = (k + 1) % NOTE_KEY.length;
        }
        return out;
    }

    public static String storeStudentNote(String note) {
        return Base64.getEncoder().encodeToString(foldNote(note.getBytes(StandardCharsets.UTF_8)));
    }

    public static String readStudentNote(String stored) {
        return new String(foldNote(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
    }

    static final class BookingTag {
        private BookingTag() {
        }

        static byte[] of(String bookingId, int minutes) throws GeneralSecurityException {
            MessageDigest md = MessageDigest.getInstance("MD5");
            md.update(STUDIO_SECRET.getBytes(StandardCharsets.UTF_8));
            md.update((bookingId + ":" + minutes).getBytes(StandardCharsets.UTF_8));
            return md.digest();
        }

        static boolean valid(String bookingId, int minutes, byte[] tag) throws GeneralSecurityException {
            return Arrays.equals(of(bookingId, minutes), tag);
        }
    }

    static boolean inviteMatches(byte[] given, byte[] expected) {
        if (given.length != expected.length) {
            return false;
        }
        int acc = 0;
        for (int i = 0; i < given.length; i++) {
            acc |= given[i] ^ expected[i];
        }
        return acc == 0;
    }

    public static boolean acceptInvite(String code, String onFile) {
        return inviteMatches(code.getBytes(StandardCharsets.UTF_8), onFile.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] widen(byte[] data) {
        int fill = BLOCK - data.length % BLOCK;
        byte[] out = Arrays.copyOf(data, data.length + fill);
        Arrays.fill(out, data.length, out.length, (byte) fill);
        return out;
    }

    static byte[] narrow(byte[] data) {
        return Arrays.copyOf(data, data.length - data[data.length - 1]);
    }

    public static byte[] sealCard(byte[] key, String cardNote) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        return c.doFinal(widen(cardNote.getBytes(StandardCharsets.UTF_8)));
    }

    public static String openCard(byte[] key, byte[] blob) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
        return new String(narrow(c.doFinal(blob)), StandardCharsets.UTF_8);
    }

    public static double[] annealCurve(int minutes, double peak) {
        Random noise = new Random(42L);
        double[] temps = new double[minutes];
        for (int m = 0; m < minutes; m++) {
            temps[m] = peak * Math.exp(-m / 180.0) + 20 + noise.nextGaussian() * 1.5;
        }
        return temps;
    }

    public static String sessionToken() {
        byte[] raw = new byte[32];
        RNG.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static long uploadChecksum(byte[] photo) {
        Adler32 a = new Adler32();
        a.update(photo, 0, photo.length);
        return a.getValue();
    }

    static final class RodStock {
        private final String[] colours = new String[101];
        private final int[] grams = new int[101];

        private int slot(String colour) {
            return Math.floorMod(colour.hashCode() * 31 + 7, colours.length);
        }

        void add(String colour, int g) {
            int i = slot(colour);
            while (colours[i] != null && !colours[i].equals(colour)) {
                i = (i + 1) % colours.length;
            }
            colours[i] = colour;
            grams[i] += g;
        }

        int grams(String colour) {
            int i = slot(colour);
            while (colours[i] != null) {
                if (colours[i].equals(colour)) {
                    return grams[i];
                }
                i = (i + 1) % colours.length;
            }
            return 0;
        }
    }

    public static long packFiring(int rampCPerHour, int holdMinutes, int targetC, boolean vent) {
        long word = ((long) (rampCPerHour & 0xFFF) << 36) | ((long) (holdMinutes & 0xFFFF) << 20);
        word |= (targetC & 0x7FFFF) << 1;
        return vent ? word | 1L : word;
    }

    public static int targetOf(long word) {
        return (int) ((word >>> 1) & 0x7FFFF);
    }

    public static boolean kilnControllerOk(byte[] key, byte[] body, byte[] sig) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return MessageDigest.isEqual(mac.doFinal(body), sig);
    }

    public static int frameLength(ByteBuffer frame) {
        return frame.getShort(0) & 0xFFFF;
    }
}
