package vn.chitieu.monitoring;

/** No such target, or not one the person may see: the API answers 404 either way. */
public class TargetNotFound extends RuntimeException {
    public TargetNotFound(long id) {
        super("target " + id + " not found");
    }
}
