package org.credalign.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository as the checks see it: service modules, their OpenAPI documents, the manifests. */
public final class Repository {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private final Path root;

    public Repository(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The repository the tests run in (surefire passes credalign.repo.root; else the parent directory). */
    public static Repository current() {
        return new Repository(Path.of(System.getProperty("credalign.repo.root", "..")));
    }

    public Path root() {
        return root;
    }

    /** Modules of the root pom that are services (they set quarkus.http.port). */
    public List<ServiceModel> services() {
        List<ServiceModel> services = new ArrayList<>();
        Matcher module = MODULE.matcher(read(root.resolve("pom.xml")));
        while (module.find()) {
            Path properties = root.resolve(module.group(1)).resolve("src/main/resources/application.properties");
            if (Files.exists(properties) && read(properties).contains("quarkus.http.port")) {
                services.add(ServiceModel.read(root, module.group(1)));
            }
        }
        return services;
    }

    public EventCatalog events() {
        return EventCatalog.read(root.resolve("docs/EVENTS.md"));
    }

    /** The paths of each service's OpenAPI document as its build wrote it (target/openapi/openapi.yaml). */
    public Map<String, List<String>> openApiPaths(List<ServiceModel> services) {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (ServiceModel service : services) {
            Path document = root.resolve(service.module()).resolve("target/openapi/openapi.yaml");
            if (!Files.exists(document)) {
                throw new IllegalStateException(document + " is missing: build " + service.module() + " first");
            }
            List<String> list = new ArrayList<>();
            Yaml.document(document).path("paths").fieldNames().forEachRemaining(list::add);
            paths.put(service.module(), list);
        }
        return paths;
    }

    /** The documents of a kustomization's resources (directories are followed, as kustomize does). */
    public List<JsonNode> kustomizeResources(Path kustomizationDirectory) {
        List<JsonNode> documents = new ArrayList<>();
        JsonNode kustomization = Yaml.document(kustomizationDirectory.resolve("kustomization.yaml"));
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = kustomizationDirectory.resolve(resource.asText()).normalize();
            documents.addAll(Files.isDirectory(path) ? kustomizeResources(path) : Yaml.documents(path));
        }
        return documents;
    }

    public Path kustomizeBase() {
        return root.resolve("deploy/k8s/base");
    }

    public List<Path> kustomizeOverlays() {
        try (var overlays = Files.list(root.resolve("deploy/k8s/overlays"))) {
            return overlays.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list overlays", e);
        }
    }

    /**
     * The ConfigMap keys an overlay ends up with: its resources', plus those of its strategic-merge patches and
     * its configMapGenerator (envs files and literals).
     */
    public Map<String, Set<String>> overlayConfigMapKeys(Path overlay) {
        Map<String, Set<String>> keys = new LinkedHashMap<>(DeploymentChecks.configMapKeys(kustomizeResources(overlay)));
        JsonNode kustomization = Yaml.document(overlay.resolve("kustomization.yaml"));
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.has("path")) {
                DeploymentChecks.configMapKeys(Yaml.documents(overlay.resolve(patch.path("path").asText())))
                        .forEach((name, added) -> keys.computeIfAbsent(name, n -> new HashSet<>()).addAll(added));
            }
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            Set<String> generated = keys.computeIfAbsent(generator.path("name").asText(), n -> new HashSet<>());
            for (JsonNode env : generator.path("envs")) {
                for (String line : read(overlay.resolve(env.asText())).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        generated.add(line.split("=", 2)[0].trim());
                    }
                }
            }
            generator.path("literals").forEach(l -> generated.add(l.asText().split("=", 2)[0]));
        }
        return keys;
    }

    /** Problems of an overlay's patches: each must name a kind (and name) the overlay's resources contain. */
    public List<String> overlayPatchTargets(Path overlay) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> resources = kustomizeResources(overlay);
        JsonNode kustomization = Yaml.document(overlay.resolve("kustomization.yaml"));
        for (JsonNode patch : kustomization.path("patches")) {
            List<JsonNode> targets = new ArrayList<>();
            if (patch.has("path")) {
                targets.addAll(Yaml.documents(overlay.resolve(patch.path("path").asText())));
            } else {
                targets.add(patch.path("target"));
            }
            for (JsonNode target : targets) {
                String kind = target.path("kind").asText();
                String name = target.has("metadata") ? target.path("metadata").path("name").asText()
                        : target.path("name").asText(null);
                boolean found = resources.stream().anyMatch(r -> kind.equals(r.path("kind").asText())
                        && (name == null || name.equals(r.path("metadata").path("name").asText())));
                if (!found) {
                    problems.add(overlay.getFileName() + ": patch targets " + kind + " " + name
                            + ", which the base does not contain");
                }
            }
        }
        return problems;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
