package vn.chitieu.batch;

/** A file handed in for a batch: a document, or a ZIP of documents. */
public record BatchFile(String name, byte[] bytes) {}
