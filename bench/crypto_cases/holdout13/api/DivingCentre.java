package centre.diving;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
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
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Blue Hole dive centre: logbook stamps, certification cards, instructor logins. */
public class DivingCentre {

    private final Mac logbookMac;
    private final SecretKeyFactory pbkdf2;
    private final KeyStore keyStore;
    private final SecureRandom random = new SecureRandom();
    private final KeyPair cardKeys;

    public DivingCentre(byte[] stampKey, String keyStorePath, char[] storePass)
            throws GeneralSecurityException, IOException {
        this.logbookMac = Mac.getInstance("HmacSHA256");
        this.logbookMac.init(new SecretKeySpec(stampKey, "HmacSHA256"));
        this.pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        this.keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keyStorePath)) {
            this.keyStore.load(in, storePass);
        }
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("Ed25519");
        this.cardKeys = kpg.generateKeyPair();
    }

    public byte[] stampDive(String diveLogEntry) {
        return logbookMac.doFinal(diveLogEntry.getBytes(StandardCharsets.UTF_8));
    }

    public String stampDiveHex(String diveLogEntry) {
        return logbookMac.doFinalHex(diveLogEntry.getBytes(StandardCharsets.UTF_8));
    }

    public boolean stampValid(String diveLogEntry, byte[] stamp) {
        return MessageDigest.isEqual(stampDive(diveLogEntry), stamp);
    }

    public byte[] instructorHash(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 310_000, 256);
        SecretKey derived = pbkdf2.generateSecret(spec);
        return derived.getEncoded();
    }

    public byte[] instructorHashQuick(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 310_000, 256);
        return pbkdf2.deriveKey(spec).getEncoded();
    }

    public byte[] newSalt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return salt;
    }

    public String certificationCard(String diverId) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(cardKeys.getPrivate());
        signer.update(diverId.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    }

    public String certificationCardText(String diverId) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(cardKeys.getPrivate());
        signer.update(diverId.getBytes(StandardCharsets.UTF_8));
        return signer.signBase64();
    }

    public boolean cardGenuine(String diverId, byte[] sig) throws GeneralSecurityException {
        PublicKey pub = cardKeys.getPublic();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pub);
        verifier.update(diverId.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(sig);
    }

    public PrivateKey boatRadioKey(char[] keyPass) throws GeneralSecurityException {
        Key key = keyStore.getKey("boat-radio", keyPass);
        return (PrivateKey) key;
    }

    public SecretKey compressorLogKey() throws GeneralSecurityException {
        return keyStore.getSecretKey("compressor-log");
    }

    public String cardFingerprint() throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] digest = sha.digest(cardKeys.getPublic().getEncoded());
        return HexFormat.of().formatHex(digest);
    }
}
