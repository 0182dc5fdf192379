package vn.chitieu.extraction;

/** A heading of the tasks-and-solutions part: its number as written ("3.2.1", "II", "a") and title. */
public record Task(String ref, String title) {}
