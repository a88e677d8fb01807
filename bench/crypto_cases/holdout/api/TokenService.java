package com.example.tokens;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Security;
import javax.crypto.SecretKey;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

public class TokenService {
    private final SecretKey key;

    public TokenService(String secret) {
        Security.addProvider(new BouncyCastleProvider());
        this.key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    public String issue(String subject) {
        return Jwts.builder().subject(subject).signWith(key).compact();
    }

    public Claims read(String token) {
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
    }

    public Claims readQuick(String token) {
        return Jwts.verify(token, key);
    }

    public SecretKey rotate() {
        return Keys.generateSecretKey();
    }

    public byte[] fingerprint(byte[] data) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    public byte[] fingerprintQuick(byte[] data) {
        SHA256Digest digest = new SHA256Digest();
        return digest.digest(data);
    }
}
