package org.credalign.alignment.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.credalign.alignment.config.AlignmentConfig;
import org.credalign.commons.api.Csv;
import org.credalign.commons.api.PageResponse;

/**
 * Every read answer: the body's bytes, an ETag derived from them (a matching If-None-Match gets 304 without a
 * body), Cache-Control, and Link headers on pages. {@code Accept: text/csv} gets the whole filtered result as CSV.
 */
@ApplicationScoped
public class CachedResponses {

    private final ObjectMapper objectMapper;
    private final CacheControl cacheControl;

    public CachedResponses(ObjectMapper objectMapper, AlignmentConfig config) {
        this.objectMapper = objectMapper;
        this.cacheControl = new CacheControl();
        this.cacheControl.setMaxAge((int) config.http().maxAge().toSeconds());
        this.cacheControl.setNoTransform(false);
    }

    /** Whether the client prefers CSV (its most preferred acceptable type is text/csv). */
    public static boolean wantsCsv(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        return !acceptable.isEmpty() && !acceptable.get(0).isWildcardType()
                && acceptable.get(0).isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE));
    }

    public Response json(Request request, Object body) {
        try {
            return respond(request, objectMapper.writeValueAsBytes(body), MediaType.APPLICATION_JSON_TYPE, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be serialized", e);
        }
    }

    public Response page(Request request, UriInfo uri, PageResponse<?> page) {
        try {
            return respond(request, objectMapper.writeValueAsBytes(page), MediaType.APPLICATION_JSON_TYPE,
                    links(uri, page));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be serialized", e);
        }
    }

    public Response csv(Request request, List<String> header, Stream<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Csv.stream(header, rows).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return respond(request, out.toByteArray(), MediaType.valueOf(Csv.MEDIA_TYPE + ";charset=UTF-8"), null);
    }

    /** Reads a stored JSON item back into its API shape (for CSV rows). */
    public <T> T read(RawJson item, Class<T> type) {
        try {
            return objectMapper.readValue(item.json(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result cannot be read", e);
        }
    }

    private Response respond(Request request, byte[] body, MediaType type, String links) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        EntityTag tag = new EntityTag(Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body, type);
        builder.tag(tag).cacheControl(cacheControl);
        if (links != null && notModified == null) {
            builder.header("Link", links);
        }
        return builder.build();
    }

    private static String links(UriInfo uri, PageResponse<?> page) {
        if (uri == null) {
            return null;
        }
        StringBuilder links = new StringBuilder();
        int last = Math.max(page.totalPages() - 1, 0);
        link(links, uri, 0, "first");
        if (page.page() > 0) {
            link(links, uri, Math.min(page.page() - 1, last), "prev");
        }
        if (page.page() < last) {
            link(links, uri, page.page() + 1, "next");
        }
        link(links, uri, last, "last");
        return links.toString();
    }

    private static void link(StringBuilder links, UriInfo uri, int page, String rel) {
        if (!links.isEmpty()) {
            links.append(", ");
        }
        links.append('<').append(uri.getRequestUriBuilder().replaceQueryParam("page", page).build())
                .append(">; rel=\"").append(rel).append('"');
    }
}
