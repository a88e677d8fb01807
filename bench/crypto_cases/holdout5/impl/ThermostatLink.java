package net.warmhome.thermostat;

import java.nio.ByteBuffer;
import java.util.Random;

/** Radio link between the wall thermostat and the boiler relay. */
public final class ThermostatLink {

    /** 16-bit Galois LFSR keystream seeded from the pairing key. */
    static final class LfsrStream {
        private int state;

        LfsrStream(int pairingKey) {
            state = (pairingKey & 0xFFFF) == 0 ? 0xACE1 : pairingKey & 0xFFFF;
        }

        private int nextByte() {
            int b = 0;
            for (int i = 0; i < 8; i++) {
                int lsb = state & 1;
                state >>>= 1;
                if (lsb != 0) state ^= 0xB400;
                b = (b << 1) | lsb;
            }
            return b;
        }

        byte[] crypt(byte[] frame) {
            byte[] out = new byte[frame.length];
            for (int i = 0; i < frame.length; i++) {
                out[i] = (byte) (frame[i] ^ nextByte());
            }
            return out;
        }
    }

    /** RC5-style rounds over the 64-bit setpoint command. */
    static long encryptCommand(long command, int[] roundKeys) {
        int a = (int) (command >>> 32) + roundKeys[0];
        int b = (int) command + roundKeys[1];
        for (int r = 1; r <= 12; r++) {
            a = Integer.rotateLeft(a ^ b, b & 31) + roundKeys[2 * r];
            b = Integer.rotateLeft(b ^ a, a & 31) + roundKeys[2 * r + 1];
        }
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    static int[] expandKey(int[] keyWords) {
        int[] s = new int[26];
        s[0] = 0xB7E15163;
        for (int i = 1; i < s.length; i++) s[i] = s[i - 1] + 0x9E3779B9;
        int a = 0, b = 0, i = 0, j = 0;
        for (int k = 0; k < 3 * s.length; k++) {
            a = s[i] = Integer.rotateLeft(s[i] + a + b, 3);
            b = keyWords[j] = Integer.rotateLeft(keyWords[j] + a + b, a + b);
            i = (i + 1) % s.length;
            j = (j + 1) % keyWords.length;
        }
        return s;
    }

    static int crc8(byte[] data) {
        int crc = 0;
        for (byte d : data) {
            crc ^= d & 0xFF;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc;
    }

    /** Test bench: drifting room temperature for the control loop tests. */
    static double[] simulatedRoom(long seed, int minutes, double start) {
        Random rng = new Random(seed);
        double[] t = new double[minutes];
        double temp = start;
        for (int m = 0; m < minutes; m++) {
            temp += rng.nextGaussian() * 0.05 - 0.01;
            t[m] = temp;
        }
        return t;
    }

    static byte[] setpointFrame(int zone, double celsius) {
        return ByteBuffer.allocate(6).putShort((short) zone).putFloat((float) celsius).array();
    }
}
