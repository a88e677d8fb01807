package rescue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Wildlife rescue centre: intake records, vet sign-off, volunteer rota, donor portal. */
public class WildlifeRescue {

    private final SecureRandom random;
    private final KeyPair vetKeys;
    private final Mac rotaMac;
    private final SecretKeyFactory pbkdf2;

    public WildlifeRescue(byte[] rotaKey) throws Exception {
        this.random = SecureRandom.getInstance("DRBG");
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("Ed25519");
        this.vetKeys = kpg.generateKeyPair();
        this.rotaMac = Mac.getInstance("HmacSHA256");
        this.rotaMac.init(new SecretKeySpec(rotaKey, "HmacSHA256"));
        this.pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    }

    public String intakeToken() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public String donorResetCode() {
        return random.nextToken(8);
    }

    public byte[] signDischarge(String record) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(vetKeys.getPrivate());
        s.update(record.getBytes(StandardCharsets.UTF_8));
        return s.sign();
    }

    public byte[] signTransfer(PrivateKey key, String record) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key);
        return s.signBytes(record.getBytes(StandardCharsets.UTF_8));
    }

    public boolean dischargeValid(PublicKey key, String record, byte[] sig) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(record.getBytes(StandardCharsets.UTF_8));
        return s.verify(sig);
    }

    public byte[] rotaTag(String rota) {
        return rotaMac.doFinal(rota.getBytes(StandardCharsets.UTF_8));
    }

    public String rotaTagHex(String rota) {
        return rotaMac.doFinalHex(rota.getBytes(StandardCharsets.UTF_8));
    }

    public boolean rotaOk(String rota, byte[] tag) {
        return MessageDigest.isEqual(rotaTag(rota), tag);
    }

    public byte[] donorKey(char[] password, byte[] salt) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 600_000, 256);
        return pbkdf2.generateSecret(spec).getEncoded();
    }

    public byte[] photoHash(byte[] photo) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.hashBytes(photo);
    }

    public byte[] photoDigest(byte[] photo) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.digest(photo);
    }

    public byte[] sealFinderAddress(SecretKey key, String address) throws Exception {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        c.updateAAD("finder".getBytes(StandardCharsets.UTF_8));
        return c.doFinal(address.getBytes(StandardCharsets.UTF_8));
    }
}
