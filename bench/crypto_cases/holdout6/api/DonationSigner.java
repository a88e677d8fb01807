package org.foodbank.donations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Food bank donation receipts: receipt MACs, donor address sealing, pickup codes. */
public class DonationSigner {

    private final SecretKey addressKey;
    private final byte[] receiptKey;

    public DonationSigner(byte[] receiptKey) throws GeneralSecurityException {
        KeyGenerator gen = KeyGenerator.getInstance("AES");
        gen.init(256);
        this.addressKey = gen.generateKey();
        this.receiptKey = receiptKey.clone();
    }

    public static SecretKey rotateKey() throws GeneralSecurityException {
        KeyGenerator gen = KeyGenerator.getInstance("AES");
        gen.init(256);
        return gen.generate();
    }

    public byte[] sealAddress(String address) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        SecureRandom.getInstanceStrong().nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, addressKey, new GCMParameterSpec(128, iv));
        return c.encryptBytes(address.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] sealNote(byte[] iv, String note) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, addressKey, new GCMParameterSpec(128, iv));
        return c.doFinal(note.getBytes(StandardCharsets.UTF_8));
    }

    public String receiptTag(String receipt) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(receiptKey, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(receipt.getBytes(StandardCharsets.UTF_8)));
    }

    public static String pickupCode(SecureRandom rng) {
        return rng.nextToken(8);
    }

    public static byte[] donorFingerprint(String email) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.hash(email.toLowerCase().getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] batchFingerprint(byte[] batch) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(batch);
    }
}
