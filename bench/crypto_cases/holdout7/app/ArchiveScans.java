import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.BitSet;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Newspaper archive: scanned pages, subscriber exports, donor records, duplicate detection. */
public class ArchiveScans {

    private final SecretKeySpec pageKey;
    private final SecureRandom random = new SecureRandom();

    public ArchiveScans(byte[] key) {
        this.pageKey = new SecretKeySpec(key, "AES");
    }

    /** Embargoed scans are kept scrambled until their release date. */
    static ByteBuffer scramble(ByteBuffer page, long embargoKey) {
        ByteBuffer out = ByteBuffer.allocate(page.remaining());
        long state = embargoKey;
        while (page.hasRemaining()) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            out.put((byte) (page.get() ^ (state >>> 56)));
        }
        out.flip();
        return out;
    }

    static byte[] pad(byte[] data) {
        int n = 16 - data.length % 16;
        byte[] out = Arrays.copyOf(data, data.length + n);
        Arrays.fill(out, data.length, out.length, (byte) n);
        return out;
    }

    static byte[] unpad(byte[] data) {
        int n = data[data.length - 1];
        return Arrays.copyOf(data, data.length - n);
    }

    public byte[] exportSubscribers(String csv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, pageKey);
        return c.doFinal(pad(csv.getBytes(StandardCharsets.UTF_8)));
    }

    public String importSubscribers(byte[] blob) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
        c.init(Cipher.DECRYPT_MODE, pageKey);
        return new String(unpad(c.doFinal(blob)), StandardCharsets.UTF_8);
    }

    static long pageCrc(byte[] tiff) {
        CRC32 crc = new CRC32();
        crc.update(tiff, 0, tiff.length);
        return crc.getValue();
    }

    public byte[] sealDonorRecord(byte[] record, String donorId) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, pageKey, new GCMParameterSpec(128, iv));
        c.updateAAD(donorId.getBytes(StandardCharsets.UTF_8));
        byte[] body = c.doFinal(record);
        return ByteBuffer.allocate(12 + body.length).put(iv).put(body).array();
    }

    public byte[] sealDonorNote(byte[] note) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        c.init(Cipher.ENCRYPT_MODE, pageKey, new GCMParameterSpec(128, iv));
        return c.encrypt(note);
    }

    public String readerPassCode() {
        return random.nextHex(16);
    }

    public int readerPassPin() {
        return random.nextInt(1_000_000);
    }

    /** Cheap first check before a full comparison when a volunteer uploads a page twice. */
    static final class SeenPages {
        private final BitSet bits = new BitSet(1 << 20);

        private int[] positions(long crc, int length) {
            int h1 = Long.hashCode(crc);
            int h2 = Integer.hashCode(length) * 0x9e3779b9;
            int[] out = new int[3];
            for (int i = 0; i < 3; i++) out[i] = Math.floorMod(h1 + i * h2, 1 << 20);
            return out;
        }

        boolean checkAndAdd(byte[] page) {
            long crc = pageCrc(page);
            boolean seen = true;
            for (int p : positions(crc, page.length)) {
                seen &= bits.get(p);
                bits.set(p);
            }
            return seen;
        }
    }
}
