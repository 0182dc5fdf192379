package vn.chitieu.plan;

/** A heading of the plan's tasks and solutions ("3.2", "Phát triển nông nghiệp"); {@code id} is null until saved. */
public record Task(Long id, String ref, String title) {

    public Task {
        ref = Target.blankToNull(ref);
        title = title == null ? "" : title.strip();
    }

    public Task withId(Long newId) {
        return new Task(newId, ref, title);
    }
}
