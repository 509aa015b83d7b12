package org.credalign.alignment.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.credalign.alignment.domain.MethodologyParameters;

/**
 * The validated methodology parameters of this deployment. Checked eagerly at start-up: with invalid parameters
 * the service refuses to start and says which parameter breaks which rule.
 */
@Startup
@ApplicationScoped
public class Methodology {

    private final MethodologyParameters parameters;
    private final String hash;

    public Methodology(MethodologyConfig config) {
        this.parameters = validated(config.toParameters());
        this.hash = parameters.hash();
    }

    /** Returns the parameters, or throws with every broken rule listed. */
    public static MethodologyParameters validated(MethodologyParameters parameters) {
        List<String> problems = parameters.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("alignment-service refuses to start: invalid alignment.methodology "
                    + "parameters: " + String.join("; ", problems));
        }
        return parameters;
    }

    public MethodologyParameters parameters() {
        return parameters;
    }

    public String version() {
        return parameters.version();
    }

    public String hash() {
        return hash;
    }
}
