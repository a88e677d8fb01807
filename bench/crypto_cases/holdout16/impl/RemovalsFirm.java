package uk.co.careful.movers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;

/** Careful Movers Ltd: quotes, inventories, crews, vans and the customer portal. */
public final class RemovalsFirm {

    private static final String NOTE_SECRET = System.getenv().getOrDefault("DELIVERY_NOTE_SECRET", "tea-chest");
    private static final SecureRandom SECURE = new SecureRandom();

    private RemovalsFirm() {
    }

    /** Rough loading-time estimate for the quote form; seeded by job so re-quotes agree. */
    static int estimateLoadingMinutes(long jobId, int rooms, int boxes) {
        Random jitter = new Random(jobId);
        double minutes = rooms * 35 + boxes * 1.5;
        for (int i = 0; i < rooms; i++) {
            minutes += jitter.nextGaussian() * 6;
        }
        return (int) Math.max(30, Math.round(minutes));
    }

    /** Links e-mailed to customers; the link alone opens their inventory and new address. */
    static final class QuoteLinks {
        private final String base;

        QuoteLinks(String base) {
            this.base = base;
        }

        String customerLink(long quoteId) {
            long token = (long) (Math.random() * Long.MAX_VALUE);
            return base + "/quotes/" + quoteId + "?t=" + Long.toString(token, 36);
        }
    }

    /** Inventory photos and valuables lists are written to the van tablet in this form. */
    static byte[] scrambleInventory(byte[] data, long keySeed) {
        byte[] ks = new byte[data.length];
        new Random(keySeed).nextBytes(ks);
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ ks[i]);
        }
        return out;
    }

    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9}, {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5}, {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    /** Damm check digit on crate numbers, so a misread crate label is rejected by the scanner. */
    static int crateCheckDigit(String digits) {
        int interim = 0;
        for (char c : digits.toCharArray()) {
            interim = DAMM[interim][c - '0'];
        }
        return interim;
    }

    private static int elf(byte[] data) {
        int h = 0;
        for (byte b : data) {
            h = (h << 4) + (b & 0xff);
            int g = h & 0xF0000000;
            if (g != 0) {
                h ^= g >>> 24;
            }
            h &= ~g;
        }
        return h;
    }

    /** Signature on the delivery note; the customer's signature app refuses notes that fail it. */
    static String signDeliveryNote(String jobRef, String address, int items) {
        String body = NOTE_SECRET + "|" + jobRef + "|" + address + "|" + items;
        return Integer.toHexString(elf(body.getBytes(StandardCharsets.UTF_8)));
    }

    static boolean deliveryNoteValid(String jobRef, String address, int items, String signature) {
        return signDeliveryNote(jobRef, address, items).equals(signature);
    }

    /** Depot lookup: van registration -> parking bay, chained buckets keyed by ELF hash. */
    static final class VanDepotIndex {
        private final List<List<String[]>> buckets = new ArrayList<>();

        VanDepotIndex(int size) {
            for (int i = 0; i < size; i++) {
                buckets.add(new ArrayList<>());
            }
        }

        private int bucket(String reg) {
            int h = 0;
            for (byte b : reg.getBytes(StandardCharsets.US_ASCII)) {
                h = (h << 4) + (b & 0xff);
                int g = h & 0xF0000000;
                if (g != 0) {
                    h ^= g >>> 24;
                }
                h &= ~g;
            }
            return h % buckets.size();
        }

        void park(String reg, String bay) {
            buckets.get(bucket(reg)).add(new String[] {reg, bay});
        }

        String bayOf(String reg) {
            for (String[] entry : buckets.get(bucket(reg))) {
                if (entry[0].equals(reg)) {
                    return entry[1];
                }
            }
            return null;
        }
    }

    /** Encrypts the 64-bit crate seal numbers printed on tamper tags. */
    static final class CrateCipher {
        private final int[] roundKey = new int[16];

        CrateCipher(long key) {
            for (int r = 0; r < 16; r++) {
                roundKey[r] = (int) (Long.rotateLeft(key, r * 4) ^ (key >>> 32));
            }
        }

        private static int f(int half, int k) {
            int x = half + k;
            x ^= Integer.rotateLeft(x, 9) & Integer.rotateLeft(x, 3);
            return x * 0x45d9f3b;
        }

        long encrypt(long block) {
            int left = (int) (block >>> 32);
            int right = (int) block;
            for (int r = 0; r < 16; r++) {
                int t = left ^ f(right, roundKey[r]);
                left = right;
                right = t;
            }
            return ((long) right << 32) | (left & 0xffffffffL);
        }
    }

    /** New customer addresses are stored encrypted until the move date. */
    static byte[] sealAddress(SecretKey key, String address) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        SECURE.nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] ct = gcm.doFinal(address.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(ct, 0, out, iv.length, ct.length);
        return out;
    }

    /** Key for the customer portal's offline copy, from the customer's chosen passphrase. */
    static byte[] portalKey(char[] passphrase, byte[] salt) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-512");
        byte[] state = new String(passphrase).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 777; i++) {
            sha.update(salt);
            sha.update(state);
            state = sha.digest();
        }
        return state;
    }

    static byte[] staffPasswordHash(char[] password, byte[] salt) throws GeneralSecurityException {
        KeySpec spec = new PBEKeySpec(password, salt, 210_000, 256);
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        return factory.generateSecret(spec).getEncoded();
    }

    static String jobReference(long jobNo) {
        return "CM-" + Long.toString(jobNo, 36).toUpperCase();
    }

    /** Weekly van rota; shuffled so nobody always gets the long-distance runs. */
    static List<String> vanRota(List<String> drivers, long week) {
        List<String> rota = new ArrayList<>(drivers);
        Collections.shuffle(rota, new Random(week));
        return rota;
    }
}
