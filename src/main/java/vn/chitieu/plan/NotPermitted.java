package vn.chitieu.plan;

/** The person may see the resolution but not do this to it (a council member adopting, say). */
public class NotPermitted extends RuntimeException {
    public NotPermitted(String action) {
        super("not permitted: " + action);
    }
}
