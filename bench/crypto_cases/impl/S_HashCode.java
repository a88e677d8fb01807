public final class Key {
    private final String a;
    private final int b;

    @Override
    public int hashCode() {
        int h = 17;
        h = 31 * h ^ a.hashCode();
        h = 31 * h + b;
        return h;
    }
}
