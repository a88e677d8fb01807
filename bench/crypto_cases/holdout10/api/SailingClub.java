import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Sailing club: berth contracts, crew lists, race committee radios and the key store. */
public class SailingClub {

    private final SecureRandom random = new SecureRandom();
    private final KeyStore keyStore;
    private final KeyGenerator keyGen;
    private KeyPair radioKeys;

    public SailingClub(String keyStorePath, char[] storePassword) throws GeneralSecurityException, IOException {
        this.keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keyStorePath)) {
            keyStore.load(in, storePassword);
        }
        this.keyGen = KeyGenerator.getInstance("AES");
        keyGen.init(256, random);
    }

    public SecretKey newContractKey() {
        return keyGen.generate();
    }

    public SecretKey berthKey() throws GeneralSecurityException {
        return keyStore.getSecretKey("berth-contracts");
    }

    public SecretKey archiveKey(char[] entryPassword) throws GeneralSecurityException {
        return (SecretKey) keyStore.getKey("archive", entryPassword);
    }

    public String sealCrewList(String crewCsv) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, berthKey(), new GCMParameterSpec(128, iv));
        byte[] body = cipher.encrypt(crewCsv.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(iv) + "." + Base64.getEncoder().encodeToString(body);
    }

    public String openCrewList(String sealed) throws GeneralSecurityException {
        String[] parts = sealed.split("\\.");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, berthKey(), new GCMParameterSpec(128, Base64.getDecoder().decode(parts[0])));
        return new String(cipher.doFinal(Base64.getDecoder().decode(parts[1])), StandardCharsets.UTF_8);
    }

    public PublicKey radioPublicKey() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("X25519");
        radioKeys = kpg.generateKeyPair();
        return radioKeys.getPublic();
    }

    public byte[] radioSessionSecret(PublicKey committeeBoat) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(radioKeys.getPrivate());
        agreement.doPhase(committeeBoat, true);
        return agreement.generateSharedSecret();
    }

    public byte[] radioSessionSecretChecked(PublicKey committeeBoat) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(radioKeys.getPrivate());
        agreement.doPhase(committeeBoat, true);
        return agreement.generateSecret();
    }
}
