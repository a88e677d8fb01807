package academy.dance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;

public class DanceAcademy {

    private static final byte[] CONTACT_KEY = "foxtrot-quickstep".getBytes(StandardCharsets.UTF_8);
    private static final String RECITAL_SECRET = "waltz-in-three-four";

    private final Map<String, String> resetTokens = new HashMap<>();
    private final Random random = new Random();

    public String startPasswordReset(String email) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            sb.append(Integer.toHexString(random.nextInt(16)));
        }
        String token = sb.toString();
        resetTokens.put(token, email);
        return token;
    }

    public String completePasswordReset(String token) {
        return resetTokens.remove(token);
    }

    static final class TicketSequence {
        private long state;

        TicketSequence(long seed) {
            this.state = seed;
        }

        int nextCode() {
            state = (state * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            return (int) (state >>> 16) % 100_000_000;
        }
    }

    private final TicketSequence voucherCodes = new TicketSequence(System.currentTimeMillis());

    public String issueGiftVoucher(int pounds) {
        return String.format("GV%08d-%d", Math.abs(voucherCodes.nextCode()), pounds);
    }

    public static long photoChecksum(byte[] upload) {
        CRC32 crc = new CRC32();
        crc.update(upload, 0, upload.length);
        return crc.getValue();
    }

    public static String protectContact(String emergencyContact) {
        byte[] in = emergencyContact.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (byte) (in[i] ^ CONTACT_KEY[i % CONTACT_KEY.length]);
        }
        return Base64.getEncoder().encodeToString(out);
    }

    public static String revealContact(String stored) {
        byte[] in = Base64.getDecoder().decode(stored);
        for (int i = 0; i < in.length; i++) {
            in[i] ^= CONTACT_KEY[i % CONTACT_KEY.length];
        }
        return new String(in, StandardCharsets.UTF_8);
    }

    static final class SlotTable {
        private final String[] keys = new String[256];
        private final int[] rooms = new int[256];

        private int indexFor(String slot) {
            int h = 7;
            for (int i = 0; i < slot.length(); i++) {
                h = h * 31 + slot.charAt(i);
            }
            return (h & 0x7fffffff) % keys.length;
        }

        void book(String slot, int room) {
            int i = indexFor(slot);
            while (keys[i] != null && !keys[i].equals(slot)) {
                i = (i + 1) % keys.length;
            }
            keys[i] = slot;
            rooms[i] = room;
        }

        int roomFor(String slot) {
            int i = indexFor(slot);
            while (keys[i] != null) {
                if (keys[i].equals(slot)) {
                    return rooms[i];
                }
                i = (i + 1) % keys.length;
            }
            return -1;
        }
    }

    static final class FeeCipher {
        private static final int DELTA = 0x9E3779B9;
        private final int[] k;

        FeeCipher(int[] key) {
            this.k = key.clone();
        }

        long encrypt(long block) {
            int v0 = (int) (block >>> 32);
            int v1 = (int) block;
            int sum = 0;
            for (int i = 0; i < 32; i++) {
                sum += DELTA;
                v0 += ((v1 << 4) + k[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + k[1]);
                v1 += ((v0 << 4) + k[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + k[3]);
            }
            return ((long) v0 << 32) | (v1 & 0xFFFFFFFFL);
        }
    }

    public static double[] simulateFloorCrowding(int minutes, long seed) {
        Random rng = new Random(seed);
        double[] density = new double[minutes];
        double d = 0.2;
        for (int m = 0; m < minutes; m++) {
            d = Math.max(0, Math.min(1, d + rng.nextGaussian() * 0.05));
            density[m] = d;
        }
        return density;
    }

    public static List<String> practicePlaylist(List<String> tracks) {
        List<String> copy = new ArrayList<>(tracks);
        Collections.shuffle(copy, new Random());
        return copy.subList(0, Math.min(12, copy.size()));
    }

    private static int recitalDigest(String payload) {
        String input = RECITAL_SECRET + "|" + payload;
        int h = 0;
        for (byte b : input.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + (b & 0xff);
        }
        return h;
    }

    public static String signRecitalTicket(String payload) {
        return payload + "~" + Integer.toHexString(recitalDigest(payload));
    }

    public static boolean ticketValid(String ticket) {
        int cut = ticket.lastIndexOf('~');
        return cut > 0 && Integer.toHexString(recitalDigest(ticket.substring(0, cut))).equals(ticket.substring(cut + 1));
    }

    public static final class Signer {
        private final PrivateKey privateKey;
        private final PublicKey publicKey;

        public Signer() throws GeneralSecurityException {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            this.privateKey = pair.getPrivate();
            this.publicKey = pair.getPublic();
        }

        public byte[] sign(byte[] certificate) throws GeneralSecurityException {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(certificate);
            return s.sign();
        }

        public boolean verify(byte[] certificate, byte[] sig) throws GeneralSecurityException {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKey);
            s.update(certificate);
            return s.verify(sig);
        }
    }

    public static final class TokenMinter {
        private final SecureRandom rng = new SecureRandom();

        public String mint() {
            byte[] bytes = new byte[32];
            rng.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
