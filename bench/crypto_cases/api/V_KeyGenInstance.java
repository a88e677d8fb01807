import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

class Keys {
    SecretKey key() throws Exception {
        KeyGenerator kg = KeyGenerator.getInstance("AES");
        return kg.generateSecretKey();
    }
}
