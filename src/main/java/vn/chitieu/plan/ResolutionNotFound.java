package vn.chitieu.plan;

/** No such resolution, or none this person may see: the two answer alike so that nothing leaks. */
public class ResolutionNotFound extends RuntimeException {
    public ResolutionNotFound(long id) {
        super("no resolution " + id);
    }
}
