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
import org.credalign.alignment.service.ResultsGeneration;
import org.credalign.commons.api.Csv;
import org.credalign.commons.api.PageResponse;

/**
 * Every read answer: the body's bytes, an ETag derived from them (a matching If-None-Match gets 304 without a
 * body), Cache-Control, and Link headers on pages. {@code Accept: text/csv} gets the whole filtered result as CSV.
 */
@ApplicationScoped
public class CachedResponses {

    /** A finished answer body with its type, ETag and Link header, cacheable per results generation. */
    public record Body(byte[] bytes, MediaType type, EntityTag tag, String links) {
    }

    private record Cached(long generation, Body body) {
    }

    private static final int MAX_CACHED = 20_000;

    private final ObjectMapper objectMapper;
    private final CacheControl cacheControl;
    private final ResultsGeneration generations;
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long cachedGeneration = -1;

    public CachedResponses(ObjectMapper objectMapper, AlignmentConfig config, ResultsGeneration generations) {
        this.objectMapper = objectMapper;
        this.generations = generations;
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

    /**
     * Answers a read from the in-memory cache when the results have not changed since the answer was built
     * (same results generation), else builds it with {@code build} and remembers it. Reads therefore touch the
     * database only once per answer and generation; the generation is watched in the database (ResultsGeneration).
     */
    public Response cached(Request request, UriInfo uri, HttpHeaders headers, java.util.function.Supplier<Body> build) {
        long generation = generations.current();
        if (generation < 0) {
            return respond(request, build.get());
        }
        if (generation != cachedGeneration) {
            cache.clear();
            cachedGeneration = generation;
        }
        String key = (wantsCsv(headers) ? "csv " : "json ") + uri.getRequestUri().getRawPath() + "?"
                + uri.getRequestUri().getRawQuery();
        Cached hit = cache.get(key);
        if (hit != null && hit.generation() == generation) {
            return respond(request, hit.body());
        }
        Body body = build.get();
        if (cache.size() < MAX_CACHED) {
            cache.put(key, new Cached(generation, body));
        }
        return respond(request, body);
    }

    public Body json(Object body) {
        return body(serialize(body), MediaType.APPLICATION_JSON_TYPE, null);
    }

    public Body page(UriInfo uri, PageResponse<?> page) {
        return body(serialize(page), MediaType.APPLICATION_JSON_TYPE, links(uri, page));
    }

    public Body csv(List<String> header, Stream<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Csv.stream(header, rows).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body(out.toByteArray(), MediaType.valueOf(Csv.MEDIA_TYPE + ";charset=UTF-8"), null);
    }

    private byte[] serialize(Object body) {
        try {
            return objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be serialized", e);
        }
    }

    /** Reads a stored JSON item back into its API shape (for CSV rows). */
    public <T> T read(RawJson item, Class<T> type) {
        try {
            return objectMapper.readValue(item.json(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result cannot be read", e);
        }
    }

    private static Body body(byte[] bytes, MediaType type, String links) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return new Body(bytes, type, new EntityTag(Long.toHexString(crc.getValue()) + "-"
                + Integer.toHexString(bytes.length)), links);
    }

    private Response respond(Request request, Body body) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(body.tag());
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body.bytes(), body.type());
        builder.tag(body.tag()).cacheControl(cacheControl);
        if (body.links() != null && notModified == null) {
            builder.header("Link", body.links());
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
