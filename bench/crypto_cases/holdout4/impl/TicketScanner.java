package events.gate.scanner;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Gate scanner: checks QR tickets offline against the organiser's keys. */
public class TicketScanner {

    private final BigInteger modulus;
    private final BigInteger publicExponent;
    private final PublicKey organiserKey;
    private final byte[] seatMapKey;

    public TicketScanner(BigInteger modulus, BigInteger publicExponent, PublicKey organiserKey, byte[] seatMapKey) {
        this.modulus = modulus;
        this.publicExponent = publicExponent;
        this.organiserKey = organiserKey;
        this.seatMapKey = seatMapKey;
    }

    /** Tickets of the 2023 format: the signature is the SHA-256 of the payload raised to d. */
    boolean legacyTicketValid(String payload, String signatureB64) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
        BigInteger sig = new BigInteger(1, Base64.getDecoder().decode(signatureB64));
        BigInteger recovered = sig.modPow(publicExponent, modulus);
        return recovered.equals(new BigInteger(1, digest).mod(modulus));
    }

    boolean ticketValid(String payload, String signatureB64) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(organiserKey);
        verifier.update(payload.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signatureB64));
    }

    private static byte[] removePadding(byte[] block) {
        int pad = block[block.length - 1] & 0xFF;
        return Arrays.copyOf(block, block.length - pad);
    }

    byte[] decryptSeatMap(byte[] iv, byte[] encrypted) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(seatMapKey, "AES"), new IvParameterSpec(iv));
        return removePadding(cipher.doFinal(encrypted));
    }

    static List<Integer> gateAssignment(int gates, int stewards, long eventSeed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < stewards; i++) {
            order.add(i % gates);
        }
        Collections.shuffle(order, new Random(eventSeed));
        return order;
    }

    boolean organiserModulusPlausible() {
        return modulus.bitLength() >= 2048 && !modulus.isProbablePrime(40);
    }
}
