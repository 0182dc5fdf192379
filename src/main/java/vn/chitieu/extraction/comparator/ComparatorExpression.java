package vn.chitieu.extraction.comparator;

import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.quantity.Quantity;

/** A quantity with the words that say how it is compared: "đạt trên 90%", "từ 50 học viên trở lên". */
public record ComparatorExpression(int start, int end, Comparator comparator, Quantity quantity, String rule) {}
