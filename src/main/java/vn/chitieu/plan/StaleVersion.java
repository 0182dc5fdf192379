package vn.chitieu.plan;

/** Thrown when someone saves over a version that another person has changed since they loaded it. */
public class StaleVersion extends RuntimeException {
    private final int current;

    public StaleVersion(int current) {
        super("the resolution is at version " + current);
        this.current = current;
    }

    public int current() {
        return current;
    }
}
