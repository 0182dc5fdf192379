package vn.chitieu.plan.web;

import org.springframework.http.HttpStatus;

/**
 * A resolution's version as an entity tag: sent as {@code ETag: "3"}, and read back from
 * {@code If-Match} written {@code "3"}, {@code 3} or {@code W/"3"}.
 */
final class Versions {
    private Versions() {}

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version an update starts from; 428 without If-Match, 400 when it names no single version. */
    static int fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiRefusal(HttpStatus.PRECONDITION_REQUIRED, "preconditionRequired");
        }
        String tag = bare(ifMatch);
        try {
            int version = Integer.parseInt(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, with the value as sent
        }
        throw new ApiRefusal(HttpStatus.BAD_REQUEST, "ifMatchInvalid", ifMatch);
    }

    /** An entity tag as sent ({@code W/"a1"}, {@code "a1"}, {@code a1}) without its quotes or weak mark. */
    static String bare(String tag) {
        String bare = tag.strip();
        if (bare.startsWith("W/")) {
            bare = bare.substring(2);
        }
        if (bare.length() >= 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return bare;
    }
}
