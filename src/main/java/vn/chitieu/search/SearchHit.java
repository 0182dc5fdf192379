package vn.chitieu.search;

/**
 * One thing found, with the resolution it belongs to.
 *
 * @param partId the indicator's, target's or task's id; the resolution's for a {@link SearchKind#RESOLUTION}
 * @param unitName the unit's full name ("xã Đông Khê"), or its code when the unit is unknown
 * @param snippet the text that matched, with its highlights
 */
public record SearchHit(SearchKind kind, long resolutionId, long partId, String unitCode, String unitName, String resolutionNumber,
        String resolutionTitle, Snippet snippet) {}
