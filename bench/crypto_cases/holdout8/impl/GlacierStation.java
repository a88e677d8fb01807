package org.example.glacier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class GlacierStation {

    private static final SecureRandom RNG = new SecureRandom();
    private final byte[] archiveKey;
    private final byte[] uplinkKey;

    public GlacierStation(byte[] archiveKey, byte[] uplinkKey) {
        this.archiveKey = archiveKey.clone();
        this.uplinkKey = uplinkKey.clone();
    }

    public static byte[] scrambleSatellitePacket(byte[] packet, long stationSeed) {
        Random keystream = new Random(stationSeed);
        byte[] out = new byte[packet.length];
        IntStream.range(0, packet.length)
                .forEach(i -> out[i] = (byte) (packet[i] ^ keystream.nextInt(256)));
        return out;
    }

    private static byte[] mix(MessageDigest md, byte[] state, byte[] salt, int round) {
        md.reset();
        md.update(state);
        md.update(salt);
        md.update((byte) round);
        return md.digest();
    }

    public static byte[] fieldTeamKey(char[] passphrase, byte[] salt) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] state = new String(passphrase).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 8192; round++) {
            state = mix(md, state, salt, round);
        }
        return state;
    }

    final class ArchiveCodec {
        private static final String MODE = "AES/CBC/NoPadding";

        byte[] seal(byte[] plain) throws GeneralSecurityException {
            int fill = 16 - plain.length % 16;
            byte[] padded = Arrays.copyOf(plain, plain.length + fill);
            Arrays.fill(padded, plain.length, padded.length, (byte) fill);
            byte[] iv = new byte[16];
            RNG.nextBytes(iv);
            Cipher c = Cipher.getInstance(MODE);
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(archiveKey, "AES"), new IvParameterSpec(iv));
            return ByteBuffer.allocate(16 + padded.length).put(iv).put(c.doFinal(padded)).array();
        }

        byte[] open(byte[] blob) throws GeneralSecurityException {
            Cipher c = Cipher.getInstance(MODE);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(archiveKey, "AES"),
                    new IvParameterSpec(blob, 0, 16));
            byte[] plain = c.doFinal(blob, 16, blob.length - 16);
            int fill = plain[plain.length - 1];
            return Arrays.copyOf(plain, plain.length - fill);
        }
    }

    public static double[] meltScenario(int years, double baseMelt) {
        Random rng = new Random(42L);
        double[] thickness = new double[years];
        double t = 180.0;
        for (int y = 0; y < years; y++) {
            t -= baseMelt + rng.nextGaussian() * 0.35;
            thickness[y] = Math.max(0, t);
        }
        return thickness;
    }

    public static boolean telemetryFrameIntact(byte[] frame) {
        CRC32 crc = new CRC32();
        crc.update(frame, 0, frame.length - 4);
        long given = ByteBuffer.wrap(frame, frame.length - 4, 4).getInt() & 0xFFFFFFFFL;
        return crc.getValue() == given;
    }

    public static long packReading(int stakeId, int depthMm, int tempCentiC, int battery) {
        return ((long) (stakeId & 0xFFF) << 52)
                | ((long) (depthMm & 0xFFFFF) << 32)
                | ((long) (tempCentiC & 0xFFFF) << 16)
                | (battery & 0xFFFF);
    }

    public static int stakeOf(long packed) {
        return (int) (packed >>> 52) & 0xFFF;
    }

    public byte[] encryptUplink(byte[] reading, byte[] stationId) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        RNG.nextBytes(nonce);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(uplinkKey, "AES"), new GCMParameterSpec(128, nonce));
        gcm.updateAAD(stationId);
        byte[] ct = gcm.doFinal(reading);
        return ByteBuffer.allocate(nonce.length + ct.length).put(nonce).put(ct).array();
    }
}
