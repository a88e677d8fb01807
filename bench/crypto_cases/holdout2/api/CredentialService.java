package com.acme.helpdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class CredentialService {

    private final PasswordEncoder encoder;
    private final AgentRepository agents;
    private final SecureRandom random = new SecureRandom();

    public CredentialService(PasswordEncoder encoder, AgentRepository agents) {
        this.encoder = encoder;
        this.agents = agents;
    }

    public void register(String login, String rawPassword) {
        agents.save(new Agent(login, encoder.encode(rawPassword)));
    }

    public boolean login(String login, String rawPassword) {
        Agent agent = agents.findByLogin(login);
        return agent != null && encoder.matches(rawPassword, agent.passwordHash());
    }

    public String importLegacy(String rawPassword) {
        return encoder.hashPassword(rawPassword);
    }

    public String newInviteCode() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String newRecoveryCode() {
        return random.nextString(24);
    }

    public boolean recoveryCodeMatches(String stored, String given) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] a = HexFormat.of().parseHex(stored);
        byte[] b = sha.digest(given.getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(a, b);
    }
}
