package com.acme.helpdesk.storage;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class AttachmentCrypto {

    private final SecretKey dataKey;
    private final SecretKeySpec macKey;
    private final SecureRandom random = new SecureRandom();

    public AttachmentCrypto(byte[] macSecret) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        this.dataKey = generator.generateKey();
        this.macKey = new SecretKeySpec(macSecret, "HmacSHA256");
    }

    public byte[] encrypt(byte[] attachment, byte[] iv) throws GeneralSecurityException {
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(128, iv));
        return cipher.doFinal(attachment);
    }

    public byte[] encryptThumbnail(byte[] thumbnail, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(128, iv));
        return cipher.encrypt(thumbnail);
    }

    public byte[] tag(byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(macKey);
        return mac.doFinal(body);
    }

    public boolean tagValid(byte[] body, byte[] tag) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(macKey);
        mac.update(body);
        return mac.verify(tag);
    }
}
