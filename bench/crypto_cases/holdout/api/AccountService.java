package com.example.accounts;

import java.security.SecureRandom;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class AccountService {
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();
    private final UserRepository users;

    public AccountService(PasswordEncoder passwordEncoder, UserRepository users) {
        this.passwordEncoder = passwordEncoder;
        this.users = users;
    }

    public void register(String email, String rawPassword) {
        users.save(new User(email, passwordEncoder.encode(rawPassword)));
    }

    public boolean login(String email, String rawPassword) {
        User user = users.findByEmail(email);
        return passwordEncoder.matches(rawPassword, user.getPasswordHash());
    }

    public String hashLegacy(String rawPassword) {
        return passwordEncoder.hash(rawPassword);
    }

    public boolean checkLegacy(String rawPassword, String stored) {
        return passwordEncoder.verify(rawPassword, stored);
    }

    public boolean needsRehash(String stored) {
        return passwordEncoder.upgradeEncoding(stored);
    }

    public byte[] newSalt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return salt;
    }

    public String resetCode() {
        return random.nextString(8);
    }

    public int pin() {
        return random.nextInt(1_000_000);
    }
}
