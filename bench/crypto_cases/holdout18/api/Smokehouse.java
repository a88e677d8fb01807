package com.saltmarsh.smokehouse;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Saltmarsh smokehouse: batch records, wholesale orders, the trade portal and signed temperature logs. */
public class Smokehouse {

    private final SecureRandom random = new SecureRandom();
    private final SecretKey recordsKey;
    private final KeyPair loggerKeys;

    public Smokehouse() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        this.recordsKey = generator.generateKey();
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(256);
        this.loggerKeys = kpg.generateKeyPair();
    }

    public String portalToken() {
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public byte[] sealBatchRecord(String record) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, recordsKey, new GCMParameterSpec(128, iv));
        cipher.updateAAD(iv);
        return cipher.doFinal(record.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] sealSupplierNote(String note) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, recordsKey, new GCMParameterSpec(128, iv));
        return cipher.encrypt(note.getBytes(StandardCharsets.UTF_8));
    }

    public String batchFingerprint(byte[] batchCsv) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(batchCsv));
    }

    public String orderFingerprint(String order) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.digestHex(order.getBytes(StandardCharsets.UTF_8));
    }

    public boolean wholesaleHookOk(byte[] secret, byte[] body, byte[] signature) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return MessageDigest.isEqual(mac.doFinal(body), signature);
    }

    public byte[] signTemperatureLog(byte[] log) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(loggerKeys.getPrivate());
        signature.update(log);
        return signature.sign();
    }

    public byte[] signDeliveryNote(PrivateKey key, byte[] note) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(key);
        return signature.signBytes(note);
    }

    public boolean temperatureLogSigned(PublicKey key, byte[] log, byte[] sig) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update(log);
        return verifier.verify(sig);
    }

    public KeyStore portalKeyStore(String path, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }

    public KeyStore systemKeyStore() throws GeneralSecurityException {
        return KeyStore.loadDefault();
    }
}
