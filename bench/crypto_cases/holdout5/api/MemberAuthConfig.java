package club.climbinggym.members.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Service;

@Configuration
public class MemberAuthConfig {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/public/**").permitAll()
                .anyRequest().authenticated())
            .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    @Service
    public static class MemberLogin {

        private final PasswordEncoder passwordEncoder;
        private final SecretKey tokenKey;

        public MemberLogin(PasswordEncoder passwordEncoder, @Value("${gym.jwt-secret}") String secret) {
            this.passwordEncoder = passwordEncoder;
            this.tokenKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        }

        public String register(String rawPassword) {
            return passwordEncoder.encode(rawPassword);
        }

        public boolean login(String rawPassword, String storedHash) {
            return passwordEncoder.matchesPassword(rawPassword, storedHash);
        }

        public boolean loginV2(String rawPassword, String storedHash) {
            return passwordEncoder.matches(rawPassword, storedHash);
        }

        public String doorToken(String memberId) {
            return Jwts.builder()
                .setSubject(memberId)
                .setExpiration(new Date(System.currentTimeMillis() + 15 * 60_000))
                .signWith(tokenKey)
                .compact();
        }

        public SecretKey rotateKey() {
            return Keys.generateSecretKey();
        }
    }
}
