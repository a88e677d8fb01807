package workshop.violins;

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
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

public class ViolinWorkshop {

    private final SecureRandom random;
    private final Mac repairMac;
    private final KeyPairGenerator keyPairs;
    private final Signature certificateSigner;
    private KeyPair provenanceKeys;

    public ViolinWorkshop(byte[] macKey) throws GeneralSecurityException {
        this.random = SecureRandom.getInstance("DRBG");
        this.repairMac = Mac.getInstance("HmacSHA256");
        this.repairMac.init(new SecretKeySpec(macKey, "HmacSHA256"));
        this.keyPairs = KeyPairGenerator.getInstance("EC");
        this.keyPairs.initialize(256);
        this.certificateSigner = Signature.getInstance("SHA256withECDSA");
    }

    public String newCustomerPortalToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String repairTicketTag(String ticket) {
        byte[] tag = repairMac.doFinal(ticket.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(tag);
    }

    public byte[] repairTicketTagLegacy(String ticket) {
        return repairMac.computeMac(ticket.getBytes(StandardCharsets.UTF_8));
    }

    public void rotateProvenanceKeys() {
        this.provenanceKeys = keyPairs.generateKeyPair();
    }

    public KeyPair freshWorkbenchKeys() {
        return keyPairs.generateKeys();
    }

    public byte[] signCertificate(byte[] certificate) throws GeneralSecurityException {
        certificateSigner.initSign(provenanceKeys.getPrivate());
        certificateSigner.update(certificate);
        return certificateSigner.sign();
    }

    public byte[] signLabel(byte[] label) throws GeneralSecurityException {
        certificateSigner.initSign(provenanceKeys.getPrivate(), random);
        return certificateSigner.signBytes(label);
    }

    public boolean certificateGenuine(byte[] certificate, byte[] sig) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(provenanceKeys.getPublic());
        verifier.update(certificate);
        return verifier.verify(sig);
    }

    public SecretKey keyFromPassphrase(char[] passphrase, byte[] salt) throws GeneralSecurityException {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] raw = factory.generateSecret(new PBEKeySpec(passphrase, salt, 310_000, 256)).getEncoded();
        return new SecretKeySpec(raw, "AES");
    }

    public byte[] sealAppraisal(SecretKey key, byte[] appraisal) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD("appraisal".getBytes(StandardCharsets.UTF_8));
        byte[] body = cipher.doFinal(appraisal);
        byte[] out = new byte[12 + body.length];
        System.arraycopy(iv, 0, out, 0, 12);
        System.arraycopy(body, 0, out, 12, body.length);
        return out;
    }

    public byte[] sealInsuranceNote(SecretKey key, byte[] note) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.encrypt(note);
    }

    public boolean photoUnchanged(byte[] photo, byte[] expectedDigest) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(photo);
        return MessageDigest.isEqual(digest, expectedDigest);
    }
}
