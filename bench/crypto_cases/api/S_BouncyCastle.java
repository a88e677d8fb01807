import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

public class Bc {
    Argon2BytesGenerator gen() { return new Argon2BytesGenerator(); }
}
