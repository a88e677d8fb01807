package radio;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Community radio station: listener call-in tokens, playlist signing and studio access. */
public class RadioStation {

    private final SecureRandom random = new SecureRandom();
    private final KeyPair playlistKeys;

    public RadioStation() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("Ed25519");
        this.playlistKeys = kpg.generateKeyPair();
    }

    public String callInToken() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public String studioPin() {
        return random.nextDigits(6);
    }

    public byte[] signPlaylist(String playlist) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(playlistKeys.getPrivate());
        s.update(playlist.getBytes(StandardCharsets.UTF_8));
        return s.sign();
    }

    public boolean playlistOk(String playlist, byte[] sig) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(playlistKeys.getPublic());
        return s.verifySignature(playlist.getBytes(StandardCharsets.UTF_8), sig);
    }

    public String trackFingerprint(byte[] audio) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.hashToHex(audio);
    }

    public byte[] sponsorMac(byte[] key, String spot) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(spot.getBytes(StandardCharsets.UTF_8));
    }

    public boolean sponsorOk(byte[] key, String spot, byte[] tag) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.verify(spot.getBytes(StandardCharsets.UTF_8), tag);
    }

    public boolean tokensEqual(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
