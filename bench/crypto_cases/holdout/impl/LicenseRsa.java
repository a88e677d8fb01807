package com.example.licensing;

import java.math.BigInteger;
import java.security.SecureRandom;

public class LicenseRsa {
    private final BigInteger modulus;
    private final BigInteger publicExponent = BigInteger.valueOf(65537);
    private final BigInteger privateExponent;

    public LicenseRsa(int bits) {
        SecureRandom rnd = new SecureRandom();
        BigInteger p = BigInteger.probablePrime(bits / 2, rnd);
        BigInteger q = BigInteger.probablePrime(bits / 2, rnd);
        modulus = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        privateExponent = publicExponent.modInverse(phi);
    }

    public BigInteger signLicense(BigInteger licenseHash) {
        return licenseHash.modPow(privateExponent, modulus);
    }

    public boolean verifyLicense(BigInteger licenseHash, BigInteger signature) {
        return signature.modPow(publicExponent, modulus).equals(licenseHash);
    }
}
