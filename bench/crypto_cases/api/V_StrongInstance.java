import java.security.SecureRandom;

public class Tokens {
    private final SecureRandom random = SecureRandom.getStrongInstance();
}
