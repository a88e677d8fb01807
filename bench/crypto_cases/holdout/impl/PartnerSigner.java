package com.example.partners;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

public class PartnerSigner {
    private final String sharedSecret;

    public PartnerSigner(String sharedSecret) {
        this.sharedSecret = sharedSecret;
    }

    public String signPayload(String payload) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] mac = digest.digest((sharedSecret + payload).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac);
    }

    public boolean verify(String payload, String signature) throws Exception {
        return MessageDigest.isEqual(signPayload(payload).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
