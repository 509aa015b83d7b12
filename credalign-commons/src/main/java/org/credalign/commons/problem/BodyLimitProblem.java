package org.credalign.commons.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced (Content-Length) above quarkus.http.limits.max-body-size gets the same 413 that Quarkus would
 * send, but as application/problem+json like every other refusal. Runs before Quarkus's own size check (which
 * answers with an empty body); chunked bodies without a length still meet that check.
 */
@ApplicationScoped
public class BodyLimitProblem {

    /** Quarkus registers its body-size check at order -2. */
    private static final int BEFORE_QUARKUS_SIZE_CHECK = -3;

    void register(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        if (limit.isEmpty()) {
            return;
        }
        long maxBytes = limit.get().asLongValue();
        router.route().order(BEFORE_QUARKUS_SIZE_CHECK).handler(rc -> {
            String announced = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length;
            try {
                length = announced == null ? -1 : Long.parseLong(announced.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length <= maxBytes) {
                rc.next();
                return;
            }
            JsonObject problem = new JsonObject()
                    .put("type", Problem.TYPE_BASE + "payload-too-large")
                    .put("title", "Payload Too Large")
                    .put("status", 413)
                    .put("detail", "the body has " + length + " bytes; at most " + maxBytes + " are accepted")
                    .put("instance", rc.request().path())
                    .put("errors", new io.vertx.core.json.JsonArray());
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
        });
    }
}
