import javax.crypto.Cipher;

public class Box {
    Cipher cipher() throws Exception {
        return Cipher.getCipher("AES/GCM/NoPadding");
    }
}
