package vn.chitieu.document.internal;

import java.util.List;

/** A page's width (as displayed, in the unit of its lines' positions) and its lines in reading order. */
record PageLines(float width, List<TextLine> lines) {}
