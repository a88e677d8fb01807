package uk.riverbend.rowing;

import java.nio.charset.StandardCharsets;
import java.security.DrbgParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Riverbend rowing club: boathouse door tokens, erg-score uploads, coach launches and regatta entries. */
public final class RowingClub {

    private final SecureRandom random;
    private final Mac ergMac;
    private final KeyFactory edKeys;
    private final KeyPair launchPair;

    public RowingClub(byte[] ergKey) throws GeneralSecurityException {
        this.random = SecureRandom.getInstance("DRBG",
                DrbgParameters.instantiation(256, DrbgParameters.Capability.PR_AND_RESEED, null));
        this.ergMac = Mac.getInstance("HmacSHA256");
        this.ergMac.init(new SecretKeySpec(ergKey, "HmacSHA256"));
        this.edKeys = KeyFactory.getInstance("Ed25519");
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("X25519");
        this.launchPair = kpg.generateKeyPair();
    }

    public String boathouseToken() {
        byte[] raw = new byte[16];
        random.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }

    public String guestToken() {
        return random.nextHex(16);
    }

    public byte[] tagErgScore(String athlete, int splitTenths) {
        return ergMac.doFinal((athlete + ":" + splitTenths).getBytes(StandardCharsets.UTF_8));
    }

    public byte[] tagErgScoreQuick(byte[] payload) {
        return ergMac.compute(payload);
    }

    public boolean ergScoreGenuine(String athlete, int splitTenths, byte[] tag) {
        return MessageDigest.isEqual(tagErgScore(athlete, splitTenths), tag);
    }

    public PublicKey coachKey(byte[] encoded) throws GeneralSecurityException {
        return edKeys.generatePublic(new X509EncodedKeySpec(encoded));
    }

    public PublicKey coachKeyLegacy(byte[] encoded) throws GeneralSecurityException {
        return edKeys.generatePublicKey(new X509EncodedKeySpec(encoded));
    }

    public boolean entrySigned(PublicKey coach, byte[] entry, byte[] sig) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(coach);
        verifier.update(entry);
        return verifier.verify(sig);
    }

    public byte[] launchRadioKey(PublicKey otherLaunch) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(launchPair.getPrivate());
        agreement.doPhase(otherLaunch, true);
        return agreement.generateSecret();
    }

    public byte[] launchRadioKeyShort(PublicKey otherLaunch) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(launchPair.getPrivate());
        return agreement.computeSecret(otherLaunch);
    }
}
