package com.acme.plant.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/** Reads plant.properties from the PLC gateway and signs pushed configuration. */
public class ConfigSecrets {

    private static final int SHIFT = 7;
    private final Properties props;
    private final byte[] signingSecret;

    public ConfigSecrets(Properties props, byte[] signingSecret) {
        this.props = props;
        this.signingSecret = signingSecret.clone();
    }

    public static String scramble(String clear) {
        StringBuilder sb = new StringBuilder(clear.length());
        for (char c : clear.toCharArray()) {
            sb.append((char) (c + SHIFT));
        }
        return sb.toString();
    }

    public static String unscramble(String stored) {
        StringBuilder sb = new StringBuilder(stored.length());
        for (char c : stored.toCharArray()) {
            sb.append((char) (c - SHIFT));
        }
        return sb.toString();
    }

    public String databasePassword() {
        return unscramble(props.getProperty("db.password.scrambled"));
    }

    public String signConfig(String body) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(signingSecret);
        sha.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    public boolean configSignatureValid(String body, String signature)
            throws NoSuchAlgorithmException {
        byte[] expected = signConfig(body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** CRC-16/MODBUS of a frame sent to the PLC. */
    public static int modbusCrc(byte[] frame, int length) {
        int crc = 0xFFFF;
        for (int pos = 0; pos < length; pos++) {
            crc ^= frame[pos] & 0xFF;
            for (int i = 0; i < 8; i++) {
                if ((crc & 1) != 0) {
                    crc = (crc >>> 1) ^ 0xA001;
                } else {
                    crc >>>= 1;
                }
            }
        }
        return crc;
    }

    public static byte[] frameWithCrc(byte[] payload) {
        byte[] frame = new byte[payload.length + 2];
        System.arraycopy(payload, 0, frame, 0, payload.length);
        int crc = modbusCrc(payload, payload.length);
        frame[payload.length] = (byte) (crc & 0xFF);
        frame[payload.length + 1] = (byte) (crc >>> 8);
        return frame;
    }
}
