package vn.chitieu.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Values of a batch changed since they were seen: someone else entered them meanwhile. Nothing of
 * the batch was written.
 *
 * @see Actuals#enterAll
 */
public class ValuesChanged extends RuntimeException {
    private final List<Integer> entries;
    private final transient List<ActualValue> current;

    /**
     * @param entries the places in the batch of the entries whose values changed
     * @param current each one's value as it is now (null where the value was there and is no more)
     */
    public ValuesChanged(List<Integer> entries, List<ActualValue> current) {
        super("values changed since they were seen: entries " + entries);
        this.entries = List.copyOf(entries);
        this.current = Collections.unmodifiableList(new ArrayList<>(current));
    }

    public List<Integer> entries() {
        return entries;
    }

    public List<ActualValue> current() {
        return current;
    }
}
