package com.acme.billing.partners;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.RSAPublicKeySpec;
import javax.crypto.Cipher;

/** Exchanges the per-partner settlement key with the clearing house. */
public class PartnerKeyExchange {

    private static final BigInteger E = BigInteger.valueOf(65537);
    private final SecureRandom rng = new SecureRandom();

    private BigInteger n;
    private BigInteger d;

    public void generate(int bits) {
        BigInteger p = BigInteger.probablePrime(bits / 2, rng);
        BigInteger q = BigInteger.probablePrime(bits / 2, rng);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        n = p.multiply(q);
        d = E.modInverse(phi);
    }

    public BigInteger encryptSettlementKey(byte[] settlementKey) {
        BigInteger m = new BigInteger(1, settlementKey);
        return m.modPow(E, n);
    }

    public byte[] decryptSettlementKey(BigInteger c) {
        return c.modPow(d, n).toByteArray();
    }

    public BigInteger signStatement(String statement) {
        BigInteger h = new BigInteger(1, statement.getBytes(StandardCharsets.UTF_8));
        return h.mod(n).modPow(d, n);
    }

    static byte[] padToModulus(byte[] message, int modulusBytes) {
        byte[] block = new byte[modulusBytes];
        block[0] = 0x00;
        block[1] = 0x02;
        for (int i = 2; i < modulusBytes - message.length - 1; i++) {
            block[i] = (byte) 0xFF;
        }
        System.arraycopy(message, 0, block, modulusBytes - message.length, message.length);
        return block;
    }

    public byte[] sealForClearingHouse(byte[] secret, BigInteger modulus, BigInteger exponent)
            throws Exception {
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(modulus, exponent));
        Cipher cipher = Cipher.getInstance("RSA/ECB/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(padToModulus(secret, (modulus.bitLength() + 7) / 8));
    }
}
