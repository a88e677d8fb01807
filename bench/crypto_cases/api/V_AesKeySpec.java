import javax.crypto.spec.AESKeySpec;

public class Keys {
    AESKeySpec spec(byte[] raw) { return new AESKeySpec(raw); }
}
