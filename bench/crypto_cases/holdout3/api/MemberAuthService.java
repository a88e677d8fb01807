package com.trailhead.members.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class MemberAuthService {

    private final PasswordEncoder passwordEncoder;
    private final BCryptPasswordEncoder legacyEncoder = new BCryptPasswordEncoder(10);
    private final MemberRepository members;
    private final SecretKey signingKey;

    public MemberAuthService(MemberRepository members, @Value("${members.jwt-secret}") String jwtSecret) {
        this.members = members;
        this.passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        this.signingKey = Keys.hmacShaKeyFor(jwtSecret.getBytes(StandardCharsets.UTF_8));
    }

    public Member register(String email, String rawPassword) {
        Member m = new Member(email.toLowerCase());
        m.setPasswordHash(passwordEncoder.encode(rawPassword));
        return members.save(m);
    }

    public Optional<String> login(String email, String rawPassword) {
        Optional<Member> found = members.findByEmail(email.toLowerCase());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Member m = found.get();
        boolean ok;
        if (m.isLegacy()) {
            ok = legacyEncoder.isPasswordValid(m.getPasswordHash(), rawPassword, null);
        } else {
            ok = passwordEncoder.matches(rawPassword, m.getPasswordHash());
        }
        if (!ok) {
            return Optional.empty();
        }
        if (passwordEncoder.upgradeEncoding(m.getPasswordHash())) {
            m.setPasswordHash(passwordEncoder.encode(rawPassword));
            members.save(m);
        }
        return Optional.of(issueToken(m));
    }

    private String issueToken(Member m) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(m.getId().toString())
                .claim("tier", m.getTier())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(Duration.ofHours(8))))
                .signWith(signingKey)
                .compact();
    }

    public Optional<Claims> readToken(String token) {
        try {
            return Optional.of(Jwts.parser().verifyWith(signingKey).build().parseSignedClaims(token).getPayload());
        } catch (JwtException e) {
            return Optional.empty();
        }
    }

    public boolean tokenStillValid(String token) {
        try {
            return Jwts.parser().verifyWith(signingKey).build().validateToken(token);
        } catch (JwtException e) {
            return false;
        }
    }

    public void changePassword(Member m, String oldPassword, String newPassword) {
        if (!passwordEncoder.matches(oldPassword, m.getPasswordHash())) {
            throw new IllegalArgumentException("wrong password");
        }
        m.setPasswordHash(passwordEncoder.encode(newPassword));
        members.save(m);
    }
}
