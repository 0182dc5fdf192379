/**
 * One reader per file format behind {@link vn.chitieu.document.Documents}, and what they share:
 * format detection, the text layout conventions, paragraph joining for PDFs and scans, OCR, and the
 * messages for refused files. Nothing here is for other modules to call.
 */
package vn.chitieu.document.internal;
