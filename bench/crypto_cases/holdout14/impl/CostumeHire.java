package theatre.costumes;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.BitSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public final class CostumeHire {

    private static final String BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int ID_SHIFT = 9;

    private final byte[] wardrobeApiKey;

    public CostumeHire(byte[] wardrobeApiKey) {
        this.wardrobeApiKey = wardrobeApiKey.clone();
    }

    public boolean apiKeyMatches(byte[] presented) {
        if (presented.length != wardrobeApiKey.length) {
            return false;
        }
        for (int i = 0; i < presented.length; i++) {
            if (presented[i] != wardrobeApiKey[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean tagValid(String ean8) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = ean8.charAt(i) - '0';
            sum += (i % 2 == 0) ? d * 3 : d;
        }
        return (10 - sum % 10) % 10 == ean8.charAt(7) - '0';
    }

    public static String rentalId(long sequence) {
        StringBuilder sb = new StringBuilder();
        long n = sequence;
        do {
            sb.append(BASE62.charAt((int) (n % 62)));
            n /= 62;
        } while (n > 0);
        return sb.reverse().toString();
    }

    static byte[] deriveStaffKey(char[] password, byte[] salt) throws NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        byte[] state = new String(password).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 2000; round++) {
            sha1.update(state);
            sha1.update(salt);
            state = sha1.digest();
        }
        return state;
    }

    static final class StaffLogin {
        private final Map<String, byte[]> hashes;
        private final Map<String, byte[]> salts;

        StaffLogin(Map<String, byte[]> hashes, Map<String, byte[]> salts) {
            this.hashes = hashes;
            this.salts = salts;
        }

        boolean check(String user, char[] password) throws NoSuchAlgorithmException {
            byte[] expected = hashes.get(user);
            return expected != null && MessageDigest.isEqual(expected, deriveStaffKey(password, salts.get(user)));
        }
    }

    static final class HireBloom {
        private final BitSet bits = new BitSet(1 << 14);

        private int[] positions(String costumeId) {
            int h1 = costumeId.hashCode();
            int h2 = (h1 >>> 16) | 1;
            int[] out = new int[4];
            for (int i = 0; i < 4; i++) {
                out[i] = Math.floorMod(h1 + i * h2, 1 << 14);
            }
            return out;
        }

        void add(String costumeId) {
            for (int p : positions(costumeId)) {
                bits.set(p);
            }
        }

        boolean maybeHired(String costumeId) {
            for (int p : positions(costumeId)) {
                if (!bits.get(p)) {
                    return false;
                }
            }
            return true;
        }
    }

    public static String maskIdDocument(String documentNumber) {
        StringBuilder out = new StringBuilder(documentNumber.length());
        for (char c : documentNumber.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append((char) ('A' + (c - 'A' + ID_SHIFT) % 26));
            } else if (Character.isDigit(c)) {
                out.append((char) ('0' + (c - '0' + ID_SHIFT) % 10));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static final class StoreRing {
        private final SortedMap<Long, String> ring = new TreeMap<>();

        StoreRing(String... stores) throws NoSuchAlgorithmException {
            for (String store : stores) {
                for (int v = 0; v < 50; v++) {
                    ring.put(point(store + ":" + v), store);
                }
            }
        }

        private static long point(String key) throws NoSuchAlgorithmException {
            byte[] d = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong() & Long.MAX_VALUE;
        }

        String storeFor(String costumeId) throws NoSuchAlgorithmException {
            SortedMap<Long, String> tail = ring.tailMap(point(costumeId));
            return tail.isEmpty() ? ring.get(ring.firstKey()) : tail.get(tail.firstKey());
        }
    }

    static final class DepositReceipts {
        private final BigInteger n;
        private final BigInteger e = BigInteger.valueOf(65537);
        private final BigInteger d;

        DepositReceipts(SecureRandom rnd) {
            BigInteger p = BigInteger.probablePrime(256, rnd);
            BigInteger q = BigInteger.probablePrime(256, rnd);
            this.n = p.multiply(q);
            BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
            this.d = e.modInverse(phi);
        }

        BigInteger seal(long depositPence) {
            return BigInteger.valueOf(depositPence).modPow(d, n);
        }

        boolean genuine(long depositPence, BigInteger receipt) {
            return receipt.modPow(e, n).equals(BigInteger.valueOf(depositPence));
        }
    }

    public static String swatchColour(String fabric) {
        int h = fabric.toLowerCase().hashCode();
        return String.format("#%02x%02x%02x", (h >> 16) & 0xff, (h >> 8) & 0xff, h & 0xff);
    }

    static final class BranchTill {
        private static final BigInteger P = new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF61", 16);
        private static final BigInteger G = BigInteger.valueOf(2);
        private final BigInteger secret;

        BranchTill(SecureRandom rnd) {
            this.secret = new BigInteger(120, rnd);
        }

        BigInteger hello() {
            return G.modPow(secret, P);
        }

        byte[] sessionKey(BigInteger peer) throws NoSuchAlgorithmException {
            BigInteger shared = peer.modPow(secret, P);
            return MessageDigest.getInstance("SHA-256").digest(shared.toByteArray());
        }
    }

    static final class DepositCipher {
        private final SecretKey key;
        private final SecureRandom rnd = new SecureRandom();

        DepositCipher(SecretKey key) {
            this.key = key;
        }

        byte[] encrypt(byte[] cardToken) throws GeneralSecurityException {
            byte[] iv = new byte[12];
            rnd.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] body = c.doFinal(cardToken);
            return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
        }

        byte[] decrypt(byte[] sealed) throws GeneralSecurityException {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
            return c.doFinal(sealed, 12, sealed.length - 12);
        }
    }
}
