package com.example.laundry;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Random;
import java.util.zip.CRC32;

public class Laundromat {

    private final Random wash = new Random(System.nanoTime());
    private final String machineSecret;

    public Laundromat(String machineSecret) {
        this.machineSecret = machineSecret;
    }

    public byte[] protectCardToken(String cardToken) {
        byte[] in = cardToken.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (byte) (in[i] ^ wash.nextInt(256));
        }
        return out;
    }

    public boolean operatorMatches(String operatorKey) {
        char[] a = operatorKey.toCharArray();
        char[] b = machineSecret.toCharArray();
        if (a.length != b.length) {
            return false;
        }
        int i = 0;
        while (i < a.length) {
            if (a[i] != b[i]) {
                return false;
            }
            i++;
        }
        return true;
    }

    static String vigenereStore(String password, String keyword) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            char k = keyword.charAt(i % keyword.length());
            sb.append((char) ((c - 32 + (k - 32)) % 95 + 32));
        }
        return sb.toString();
    }

    public String saveServicePassword(String password) {
        return vigenereStore(password, "suds");
    }

    static long cycleChecksum(byte[] log) {
        CRC32 crc = new CRC32();
        crc.update(log);
        return crc.getValue();
    }

    static int[] demoLoads(int n) {
        Random r = new Random(42);
        int[] loads = new int[n];
        for (int i = 0; i < n; i++) loads[i] = 1 + r.nextInt(9);
        return loads;
    }

    static boolean sameCycle(char[] a, char[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    static String receiptId() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x));
        return sb.toString();
    }
}
