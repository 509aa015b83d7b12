package org.credalign.attainment.domain;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** The body formats a submission may use, by media type. */
public enum RowFormat {
    JSON("application/json"), CSV("text/csv"), NDJSON("application/x-ndjson");

    public static final String JSON_TYPE = "application/json";
    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    public final String mediaType;

    RowFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format of a Content-Type header (parameters such as charset ignored), or null. */
    public static RowFormat ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        for (RowFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return format;
            }
        }
        return null;
    }

    /** Opens a reader; {@code knownColumns} decides which CSV header columns are accepted. */
    public RowReader open(InputStream body, Set<String> knownColumns) throws IOException {
        return switch (this) {
            case JSON -> new JsonArrayRowReader(JSON_FACTORY.createParser(body));
            case CSV -> new CsvRowReader(body, knownColumns);
            case NDJSON -> new NdjsonRowReader(body, JSON_FACTORY);
        };
    }
}
