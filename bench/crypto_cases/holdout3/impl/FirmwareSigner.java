package io.fieldkit.ota;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Over-the-air update packaging for FieldKit loggers: images are encrypted for the bootloader,
 * signed, and wrapped with a CRC so the radio layer can drop damaged packets early.
 */
public final class FirmwareSigner {

    private final BigInteger modulus;
    private final BigInteger privateExponent;
    private final int[] teaKey;

    public FirmwareSigner(BigInteger modulus, BigInteger privateExponent, byte[] bootKey) {
        this.modulus = modulus;
        this.privateExponent = privateExponent;
        ByteBuffer bb = ByteBuffer.wrap(bootKey);
        this.teaKey = new int[] {bb.getInt(), bb.getInt(), bb.getInt(), bb.getInt()};
    }

    public byte[] sign(byte[] image) {
        BigInteger m = new BigInteger(1, Arrays.copyOf(image, Math.min(image.length, 120)));
        return m.modPow(privateExponent, modulus).toByteArray();
    }

    public boolean verify(byte[] image, byte[] signature, BigInteger publicExponent) {
        BigInteger back = new BigInteger(1, signature).modPow(publicExponent, modulus);
        return back.equals(new BigInteger(1, Arrays.copyOf(image, Math.min(image.length, 120))));
    }

    static byte[] padImage(byte[] image) {
        int rem = image.length % 8;
        int fill = rem == 0 ? 8 : 8 - rem;
        byte[] out = Arrays.copyOf(image, image.length + fill);
        Arrays.fill(out, image.length, out.length, (byte) 0x80);
        out[out.length - 1] = (byte) fill;
        return out;
    }

    static byte[] unpadImage(byte[] padded) {
        int fill = padded[padded.length - 1];
        return Arrays.copyOf(padded, padded.length - fill);
    }

    private void encipher(int[] v) {
        int v0 = v[0], v1 = v[1], sum = 0;
        final int delta = 0x9E3779B9;
        for (int i = 0; i < 32; i++) {
            sum += delta;
            v0 += ((v1 << 4) + teaKey[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + teaKey[1]);
            v1 += ((v0 << 4) + teaKey[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + teaKey[3]);
        }
        v[0] = v0;
        v[1] = v1;
    }

    public byte[] encryptImage(byte[] image) {
        byte[] padded = padImage(image);
        ByteBuffer in = ByteBuffer.wrap(padded);
        ByteBuffer out = ByteBuffer.allocate(padded.length);
        int[] block = new int[2];
        while (in.hasRemaining()) {
            block[0] = in.getInt();
            block[1] = in.getInt();
            encipher(block);
            out.putInt(block[0]).putInt(block[1]);
        }
        return out.array();
    }

    public static byte[] obfuscateManifest(String manifestJson, long deviceSerial) {
        Random stream = new Random(deviceSerial);
        byte[] data = manifestJson.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ stream.nextInt(256));
        }
        return out;
    }

    public static long packetCrc(byte[] packet) {
        CRC32 crc = new CRC32();
        crc.update(packet, 0, packet.length);
        return crc.getValue();
    }

    /** Synthetic sensor traces for the bench rig; fixed seed so failures reproduce. */
    public static double[] syntheticTrace(long seed, int samples, double baseline) {
        Random rng = new Random(seed);
        double[] trace = new double[samples];
        double drift = 0;
        for (int i = 0; i < samples; i++) {
            drift += rng.nextGaussian() * 0.01;
            trace[i] = baseline + drift + Math.sin(i / 30.0) * 0.5 + rng.nextGaussian() * 0.05;
        }
        return trace;
    }

    /** Open-addressing table of chunk offsets keyed by chunk id, used while assembling images. */
    static final class ChunkIndex {
        private final long[] keys;
        private final int[] offsets;
        private final boolean[] used;

        ChunkIndex(int capacity) {
            int size = Integer.highestOneBit(Math.max(4, capacity) * 2);
            keys = new long[size];
            offsets = new int[size];
            used = new boolean[size];
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (keys.length - 1);
        }

        void put(long key, int offset) {
            int i = slot(key);
            while (used[i] && keys[i] != key) {
                i = (i + 1) & (keys.length - 1);
            }
            keys[i] = key;
            offsets[i] = offset;
            used[i] = true;
        }

        int get(long key) {
            for (int i = slot(key); used[i]; i = (i + 1) & (keys.length - 1)) {
                if (keys[i] == key) {
                    return offsets[i];
                }
            }
            return -1;
        }
    }

    public byte[] buildPackage(byte[] image, String manifestJson, long deviceSerial) {
        byte[] enc = encryptImage(image);
        byte[] sig = sign(image);
        byte[] manifest = obfuscateManifest(manifestJson, deviceSerial);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(12).putInt(enc.length).putInt(sig.length).putInt(manifest.length).array());
        out.writeBytes(enc);
        out.writeBytes(sig);
        out.writeBytes(manifest);
        byte[] body = out.toByteArray();
        return ByteBuffer.allocate(body.length + 8).put(body).putLong(packetCrc(body)).array();
    }
}
