package com.labnet.reports;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts lab reports before they are uploaded to the practice's document store. */
public class ReportEncryptor {

    private final SecureRandom random;
    private final byte[] macKey;

    public ReportEncryptor(byte[] macKey) throws GeneralSecurityException {
        this.random = SecureRandom.getInstanceStrong();
        this.macKey = macKey;
    }

    public SecretKey newReportKey() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, random);
        return generator.generateSecretKey();
    }

    public byte[] encrypt(SecretKey key, byte[] report, String reportId) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(reportId.getBytes(StandardCharsets.UTF_8));
        byte[] body = cipher.doFinal(report);
        return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
    }

    public String fingerprint(byte[] report) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return sha.digestHex(report);
    }

    public byte[] tag(byte[] payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
        return mac.doFinal(payload);
    }

    public boolean tagValid(byte[] payload, byte[] tag) throws GeneralSecurityException {
        return MessageDigest.isEqual(tag(payload), tag);
    }

    public boolean tagValidFast(byte[] payload, byte[] tag) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
        mac.update(payload);
        return mac.verify(tag);
    }
}
