public class PasswordVault {
    public String encryptPassword(String password, String key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            int k = key.charAt(i % key.length()) - 'a';
            sb.append((char) ((c - 'a' + k) % 26 + 'a'));
        }
        return sb.toString();
    }
}
