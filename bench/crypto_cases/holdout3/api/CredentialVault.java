package org.harborline.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Stores partner credentials for the port-logistics gateway, encrypted at rest. */
public final class CredentialVault {

    private static final int GCM_TAG_BITS = 128;

    private final SecureRandom random;
    private final SecretKey masterKey;
    private final KeyPair auditKeys;

    public CredentialVault(char[] passphrase, byte[] salt) throws GeneralSecurityException {
        this.random = SecureRandom.getInstanceStrong();
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] raw = factory.generateSecret(new PBEKeySpec(passphrase, salt, 310_000, 256)).getEncoded();
        this.masterKey = new SecretKeySpec(raw, "AES");
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(new ECGenParameterSpec("secp256r1"), random);
        this.auditKeys = kpg.generateKeyPair();
    }

    public static SecretKey newDataKey() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    public String seal(String partnerId, String secret) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(GCM_TAG_BITS, iv));
        cipher.updateAAD(partnerId.getBytes(StandardCharsets.UTF_8));
        byte[] body = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array());
    }

    public String unseal(String partnerId, String sealed) throws GeneralSecurityException {
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
        byte[] iv = new byte[12];
        buf.get(iv);
        byte[] body = new byte[buf.remaining()];
        buf.get(body);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.setIv(iv);
        cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(GCM_TAG_BITS, iv));
        cipher.updateAAD(partnerId.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
    }

    public String fingerprint(String secret) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return Base64.getEncoder().encodeToString(sha.hash(secret.getBytes(StandardCharsets.UTF_8)));
    }

    public byte[] requestMac(byte[] hmacKey, String method, String path, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
        mac.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
        return mac.doFinal(body);
    }

    public boolean requestMacValid(byte[] hmacKey, String method, String path, byte[] body, byte[] presented)
            throws GeneralSecurityException {
        return MessageDigest.isEqual(requestMac(hmacKey, method, path, body), presented);
    }

    public String newPartnerSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random.generateSeed(32));
    }

    public String newRotationNonce() {
        return Long.toHexString(random.nextSecureLong());
    }

    public byte[] auditSign(String entry) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(auditKeys.getPrivate());
        signer.update(entry.getBytes(StandardCharsets.UTF_8));
        return signer.sign();
    }

    public boolean auditVerify(String entry, byte[] sig) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(auditKeys.getPublic());
        return verifier.verifySignature(entry.getBytes(StandardCharsets.UTF_8), sig);
    }
}
