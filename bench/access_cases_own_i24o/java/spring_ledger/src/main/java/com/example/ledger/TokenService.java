package com.example.ledger;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class TokenService {

    private final ObjectMapper mapper = new ObjectMapper();
    private final String secret;

    public TokenService(@Value("${ledger.jwt.secret}") String secret) {
        this.secret = secret;
    }

    public String currentUser(String bearer) {
        DecodedJWT jwt = JWT.decode(bearer);
        return jwt.getSubject();
    }

    public String verifiedUser(String bearer) {
        DecodedJWT jwt = JWT.require(Algorithm.HMAC256(secret)).withIssuer("ledger").build().verify(bearer);
        return jwt.getSubject();
    }

    public Claims partnerClaims(String token) {
        return Jwts.parserBuilder().build().parseClaimsJwt(token).getBody();
    }

    public Claims signedClaims(String token) {
        return Jwts.parserBuilder()
                .setSigningKey(secret.getBytes(StandardCharsets.UTF_8))
                .build()
                .parseClaimsJws(token)
                .getBody();
    }

    public boolean isValid(String token) throws Exception {
        String[] parts = token.split("\\.");
        JsonNode header = mapper.readTree(Base64.getUrlDecoder().decode(parts[0]));
        if ("none".equalsIgnoreCase(header.path("alg").asText())) {
            return true;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]));
    }

    public boolean isValidStrict(String token) throws Exception {
        String[] parts = token.split("\\.");
        JsonNode header = mapper.readTree(Base64.getUrlDecoder().decode(parts[0]));
        if (!"HS256".equals(header.path("alg").asText())) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]));
    }

    public String subjectOf(String token) throws Exception {
        String[] parts = token.split("\\.");
        return mapper.readTree(Base64.getUrlDecoder().decode(parts[1])).path("sub").asText();
    }
}
