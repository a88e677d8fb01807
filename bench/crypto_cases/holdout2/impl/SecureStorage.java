package com.acme.vault.storage;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts blobs at rest with AES-GCM under a key derived from the operator passphrase. */
public final class SecureStorage {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    public SecureStorage(char[] passphrase, byte[] salt) throws GeneralSecurityException {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, 310_000, 256);
        this.key = new SecretKeySpec(factory.generateSecret(spec).getEncoded(), "AES");
        spec.clearPassword();
    }

    public byte[] seal(byte[] plain, byte[] associated) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associated);
        byte[] body = cipher.doFinal(plain);
        return ByteBuffer.allocate(IV_BYTES + body.length).put(iv).put(body).array();
    }

    public byte[] open(byte[] sealed, byte[] associated) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(sealed);
        byte[] iv = new byte[IV_BYTES];
        in.get(iv);
        byte[] body = new byte[in.remaining()];
        in.get(body);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associated);
        return cipher.doFinal(body);
    }
}
