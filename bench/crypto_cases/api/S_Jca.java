import java.security.*;
import javax.crypto.*;
import javax.crypto.spec.SecretKeySpec;

public class Jca {
    void run(byte[] raw) throws Exception {
        SecureRandom random = SecureRandom.getInstanceStrong();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(raw, "HmacSHA256"));
        KeyGenerator gen = KeyGenerator.getInstance("AES");
        boolean same = MessageDigest.isEqual(raw, raw);
    }
}
