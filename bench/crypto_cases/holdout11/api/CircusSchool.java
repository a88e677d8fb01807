package school.circus;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Circus school: rigging inspections, student medical notes and coach logins. */
public class CircusSchool {

    private final SecureRandom random;
    private final KeyGenerator keyGen;
    private final SecretKeyFactory pbkdf2;
    private final MessageDigest sha256;

    public CircusSchool() throws GeneralSecurityException {
        this.random = SecureRandom.getInstanceStrong();
        this.keyGen = KeyGenerator.getInstance("AES");
        this.keyGen.init(256);
        this.pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    public SecretKey medicalNotesKey() {
        return keyGen.generateKey();
    }

    public SecretKey rotateNotesKey() {
        return keyGen.generateSecretKey();
    }

    public String trapezeSlotCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    public String lockerPassword() {
        return random.nextString(10);
    }

    public byte[] sealNote(SecretKey key, String studentId, String note) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(studentId.getBytes(StandardCharsets.UTF_8));
        byte[] body = cipher.doFinal(note.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[iv.length + body.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(body, 0, out, iv.length, body.length);
        return out;
    }

    public String sealNoteForEmail(SecretKey key, String note) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.encryptToBase64(note.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] coachPasswordKey(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 310_000, 256);
        return pbkdf2.generateSecret(spec).getEncoded();
    }

    public String riggingReportId(String report) {
        byte[] d = sha256.digest(report.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    }

    public String riggingReportHex(String report) {
        return sha256.digestHex(report.getBytes(StandardCharsets.UTF_8));
    }

    public boolean inspectorSignatureOk(byte[] expected, byte[] given) {
        return MessageDigest.isEqual(expected, given);
    }

    public SecretKey importKey(byte[] raw) {
        return new SecretKeySpec(raw, "AES");
    }
}
