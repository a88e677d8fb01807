package shop.farmersmarket.receipts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Signs market stall receipts so the co-op can check them at month end. */
public class ReceiptSigner {

    private final KeyPair keyPair;

    public ReceiptSigner() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        kpg.initialize(256);
        this.keyPair = kpg.generateKeys();
    }

    ReceiptSigner(KeyPair existing) {
        this.keyPair = existing;
    }

    public String sign(String receipt) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(keyPair.getPrivate());
        signature.update(receipt.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    public static boolean check(PublicKey key, String receipt, String sigB64) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initVerify(key);
        signature.update(receipt.getBytes(StandardCharsets.UTF_8));
        return signature.verifySignature(Base64.getDecoder().decode(sigB64));
    }

    public static boolean checkV2(PublicKey key, String receipt, String sigB64) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initVerify(key);
        signature.update(receipt.getBytes(StandardCharsets.UTF_8));
        return signature.verify(Base64.getDecoder().decode(sigB64));
    }
}
