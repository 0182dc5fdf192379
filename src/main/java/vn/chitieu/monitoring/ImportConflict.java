package vn.chitieu.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Values changed between the preview of an import and its confirmation (someone else entered them):
 * nothing was saved, and the person previews again to see the values as they are now.
 */
public class ImportConflict extends RuntimeException {
    private final transient List<Changed> changed;

    /**
     * A row whose target's value changed.
     *
     * @param current the value as it is now (null if it is no more)
     */
    public record Changed(int row, ActualValue current) {}

    /** @param changed the rows whose values changed, empty when which ones is not known */
    public ImportConflict(List<Changed> changed) {
        super("values changed since the preview: rows " + changed.stream().map(Changed::row).toList());
        this.changed = Collections.unmodifiableList(new ArrayList<>(changed));
    }

    public List<Changed> changed() {
        return changed;
    }
}
