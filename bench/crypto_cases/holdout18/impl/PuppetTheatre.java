package org.marionette.boxoffice;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** The Marionette puppet theatre: box office, cast, lighting rig and the workshop stores. */
public final class PuppetTheatre {

    private final byte[] programmeSecret;
    private final byte[] payrollKey;
    private final String stageDoorPin;
    private final SecretKey notesKey;
    private final SecureRandom secureRandom = new SecureRandom();

    public PuppetTheatre(byte[] programmeSecret, byte[] payrollKey, String stageDoorPin, SecretKey notesKey) {
        this.programmeSecret = programmeSecret;
        this.payrollKey = payrollKey;
        this.stageDoorPin = stageDoorPin;
        this.notesKey = notesKey;
    }

    /** Six-digit code e-mailed to a patron who forgot the box-office password. */
    public String passwordResetCode(String patronEmail) {
        Random random = new Random(System.currentTimeMillis() ^ patronEmail.hashCode());
        return String.format("%06d", random.nextInt(1_000_000));
    }

    public String ticketToken() {
        byte[] raw = new byte[20];
        secureRandom.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Stamp on printed complimentary tickets; the door staff recompute it. */
    public long compTicketStamp(String ticketId, int seat) {
        CRC32 crc = new CRC32();
        crc.update(programmeSecret);
        crc.update((ticketId + "/" + seat).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    public boolean compTicketValid(String ticketId, int seat, long stamp) {
        return compTicketStamp(ticketId, seat) == stamp;
    }

    public byte[] sealDirectorNotes(String notes) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        secureRandom.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, notesKey, new GCMParameterSpec(128, iv));
        byte[] body = cipher.doFinal(notes.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
    }

    /** Integrity of the costume inventory export copied between the workshop PCs. */
    public static long inventoryFileCheck(byte[] export) {
        Adler32 adler = new Adler32();
        adler.update(export, 0, export.length);
        return adler.getValue();
    }

    static final class SeatCipher {
        private final int[] roundKeys = new int[16];

        SeatCipher(long key) {
            int k = (int) key;
            for (int i = 0; i < roundKeys.length; i++) {
                k = Integer.rotateLeft(k ^ (int) (key >>> 32), 5) + 0x3c6ef372 * (i + 1);
                roundKeys[i] = k;
            }
        }

        private int round(int half, int key) {
            return Integer.rotateLeft(half + key, 7) ^ (half >>> 3) ^ key;
        }

        long encode(long seatBooking) {
            int left = (int) (seatBooking >>> 32);
            int right = (int) seatBooking;
            for (int key : roundKeys) {
                int next = left ^ round(right, key);
                left = right;
                right = next;
            }
            return ((long) right << 32) | (left & 0xffffffffL);
        }
    }

    static final class PartsRegistry {
        private final List<List<String>> buckets = new ArrayList<>();

        PartsRegistry(int size) {
            for (int i = 0; i < size; i++) {
                buckets.add(new ArrayList<>());
            }
        }

        private int bucket(String part) {
            int h = part.hashCode();
            h ^= (h >>> 16);
            return (h & 0x7fffffff) % buckets.size();
        }

        void add(String part) {
            buckets.get(bucket(part)).add(part);
        }
    }

    public byte[] maskBankDetails(String sortCodeAndAccount) {
        byte[] data = sortCodeAndAccount.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ payrollKey[i % payrollKey.length]);
        }
        return out;
    }

    /** DMX fixtures on the old rig are wired with the channel bits reversed. */
    public static int dmxChannelWord(int channel) {
        return Integer.reverse(channel) >>> 23;
    }

    static final class SeasonBrochureSigner {
        private static final BigInteger P = new BigInteger("170141183460469231731687303715884105727");
        private static final BigInteger Q = new BigInteger("162259276829213363391578010288127");
        private static final BigInteger N = P.multiply(Q);
        private static final BigInteger E = BigInteger.valueOf(65537);
        private static final BigInteger D = E.modInverse(P.subtract(BigInteger.ONE).multiply(Q.subtract(BigInteger.ONE)));

        static BigInteger sign(byte[] brochureDigest) {
            return new BigInteger(1, brochureDigest).mod(N).modPow(D, N);
        }

        static boolean verify(byte[] brochureDigest, BigInteger signature) {
            return signature.modPow(E, N).equals(new BigInteger(1, brochureDigest).mod(N));
        }
    }

    public List<String> castRotation(List<String> puppeteers, int weekOfSeason) {
        List<String> rota = new ArrayList<>(puppeteers);
        Collections.shuffle(rota, new Random(weekOfSeason));
        return rota;
    }

    public boolean stageDoorPinMatches(String entered) {
        byte[] a = stageDoorPin.getBytes(StandardCharsets.UTF_8);
        byte[] b = entered.getBytes(StandardCharsets.UTF_8);
        int r = a.length ^ b.length;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            r |= a[i] ^ b[i];
        }
        return r == 0;
    }

    public static String dmxFrameDump(byte[] frame) {
        StringBuilder sb = new StringBuilder(frame.length * 3);
        for (byte b : frame) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16)).append(' ');
        }
        return sb.toString().trim();
    }
}
