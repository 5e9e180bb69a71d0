package dev.ltt.lti.grades;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** AGS 2.0 names and the two URL rules LTT relies on. */
public final class Ags {
    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    public static final String TAG = "ltt-progress";
    /** ISO 8601 with microseconds and zone, always printed (AGS requires sub-second precision). */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

    private Ags() {}

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** The line item's URL with {@code /scores} appended to its path, its query kept. */
    public static String scoresUrl(String lineItem) {
        String url = lineItem.contains("#") ? lineItem.substring(0, lineItem.indexOf('#')) : lineItem;
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q), query = q < 0 ? "" : url.substring(q);
        return (path.endsWith("/") ? path + "scores" : path + "/scores") + query;
    }

    /** A URL with one more query parameter. */
    public static String withQuery(String url, String name, String value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
