package vn.chitieu.monitoring;

/** A value exists, and replacing it needs the version it was read at (If-Match). */
public class VersionRequired extends RuntimeException {
    private final int current;

    public VersionRequired(int current) {
        super("the value is at version " + current + "; name it to replace the value");
        this.current = current;
    }

    public int current() {
        return current;
    }
}
