package com.greystone.quarry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Greystone Quarry: blast permits, weighbridge tickets, haulier accounts and site access. */
public class QuarryOps {

    private final SecureRandom random = new SecureRandom();
    private final Cipher blastPlanCipher;
    private final SecretKey blastPlanKey;
    private final KeyPair permitKeys;
    private final byte[] weighbridgeKey;

    public QuarryOps(byte[] weighbridgeKey) throws GeneralSecurityException {
        this.weighbridgeKey = weighbridgeKey.clone();
        KeyGenerator keyGen = KeyGenerator.getInstance("AES");
        keyGen.init(256);
        this.blastPlanKey = keyGen.generateKey();
        this.blastPlanCipher = Cipher.getInstance("AES/GCM/NoPadding");
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(256);
        this.permitKeys = kpg.generateKeyPair();
    }

    /** Gate PIN for a haulier's first visit. */
    public String gatePin() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    public String siteAccessToken() {
        byte[] buf = new byte[32];
        random.nextBytes(buf);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }

    public SecretKey newVisitorKey() throws GeneralSecurityException {
        KeyGenerator gen = KeyGenerator.getInstance("HmacSHA256");
        return gen.generateSecretKey();
    }

    /** Blast plans (charge weights, timings) are stored encrypted until the shot is fired. */
    public byte[] sealBlastPlan(String plan) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        blastPlanCipher.init(Cipher.ENCRYPT_MODE, blastPlanKey, new GCMParameterSpec(128, iv));
        byte[] ct = blastPlanCipher.doFinal(plan.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(ct, 0, out, iv.length, ct.length);
        return out;
    }

    public byte[] sealDrillLog(String log) throws GeneralSecurityException {
        return blastPlanCipher.encrypt(log.getBytes(StandardCharsets.UTF_8));
    }

    /** Weighbridge tickets carry a MAC so hauliers can't edit the tonnage. */
    public String ticketMac(String ticketNo, double tonnes) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(weighbridgeKey, "HmacSHA256"));
        byte[] tag = mac.doFinal((ticketNo + "|" + tonnes).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(tag);
    }

    public boolean ticketGenuine(String ticketNo, double tonnes, String tag) throws GeneralSecurityException {
        byte[] expected = Base64.getDecoder().decode(ticketMac(ticketNo, tonnes));
        return MessageDigest.isEqual(expected, Base64.getDecoder().decode(tag));
    }

    /** Blast permits are signed so the council can check them offline. */
    public byte[] signPermit(String permit) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(permitKeys.getPrivate());
        signer.update(permit.getBytes(StandardCharsets.UTF_8));
        return signer.sign();
    }

    public boolean permitValid(String permit, byte[] sig, PublicKey council) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(council);
        verifier.update(permit.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(sig);
    }

    public boolean permitValidB64(String permit, String sigB64) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(permitKeys.getPublic());
        verifier.update(permit.getBytes(StandardCharsets.UTF_8));
        return verifier.verifyBase64(sigB64);
    }

    public byte[] exportPermitKey() {
        return permitKeys.getPrivateKeyBytes();
    }

    public String surveyFileDigest(byte[] lidarScan) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return Base64.getEncoder().encodeToString(sha.digest(lidarScan));
    }
}
