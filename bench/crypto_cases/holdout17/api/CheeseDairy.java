package uk.org.valefarm.dairy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Batch traceability, cave sensors and the wholesale portal of the Vale Farm cheese dairy. */
public final class CheeseDairy {

    private final SecureRandom rng = new SecureRandom();
    private final SecretKey batchKey;
    private final KeyPair inspectorKeys;

    public CheeseDairy() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        this.batchKey = generator.generateKey();
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("Ed25519");
        this.inspectorKeys = kpg.generateKeyPair();
    }

    KeyPair spareInspectorKeys() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("Ed25519");
        return kpg.generate();
    }

    String wholesaleSessionId() {
        byte[] raw = new byte[24];
        rng.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    String courierPin() {
        return rng.nextHex(6);
    }

    String wheelFingerprint(byte[] label) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(label));
    }

    String rindPhotoHash(byte[] photo) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(photo);
        return md.hexDigest();
    }

    byte[] batchTag(String batch, byte[] key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(batch.getBytes(StandardCharsets.UTF_8));
    }

    byte[] caveSensorTag(String reading, byte[] key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.compute(reading.getBytes(StandardCharsets.UTF_8));
    }

    boolean batchTagOk(String batch, byte[] key, byte[] tag) throws GeneralSecurityException {
        return MessageDigest.isEqual(batchTag(batch, key), tag);
    }

    byte[] sealRecipe(byte[] recipe) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        rng.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, batchKey, new GCMParameterSpec(128, iv));
        cipher.updateAAD(iv);
        byte[] body = cipher.doFinal(recipe);
        byte[] out = new byte[iv.length + body.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(body, 0, out, iv.length, body.length);
        return out;
    }

    byte[] grantSignature(byte[] grantForm) throws GeneralSecurityException {
        Signature sig = Signature.getInstance("Ed25519");
        sig.initSign(inspectorKeys.getPrivate());
        sig.update(grantForm);
        return sig.sign();
    }

    boolean grantSigned(byte[] grantForm, byte[] signature) throws GeneralSecurityException {
        Signature sig = Signature.getInstance("Ed25519");
        sig.initVerify(inspectorKeys.getPublic());
        sig.update(grantForm);
        return sig.verify(signature);
    }

    byte[] portalPasswordHash(char[] password, byte[] salt) throws GeneralSecurityException {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        return f.generateSecret(new PBEKeySpec(password, salt, 310_000, 256)).getEncoded();
    }
}
