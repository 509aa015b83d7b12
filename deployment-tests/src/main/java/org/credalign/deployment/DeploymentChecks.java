package org.credalign.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holds Kubernetes and compose manifests against the services' code. Every check returns the problems it found,
 * one readable sentence each (empty = the manifests match the code).
 */
public final class DeploymentChecks {

    static final String IMAGE_REPOSITORY = "credalign/";
    static final Set<String> PRODUCER_OPERATIONS = Set.of("Write", "Describe", "AlterConfigs");
    static final Set<String> CONSUMER_OPERATIONS = Set.of("Read", "Describe");
    static final Set<String> DEAD_LETTER_OPERATIONS = Set.of("Write", "Describe");

    private final Map<String, ServiceModel> services = new LinkedHashMap<>();
    private final Map<String, List<String>> openApiPaths;
    private final EventCatalog events;

    public DeploymentChecks(List<ServiceModel> services, Map<String, List<String>> openApiPaths, EventCatalog events) {
        services.forEach(s -> this.services.put(s.module(), s));
        this.openApiPaths = openApiPaths;
        this.events = events;
    }

    // ---------------------------------------------------------------- Deployments, Services, images, ports

    /** A Deployment, Service and HPA per service; image credalign/&lt;module&gt;; port = quarkus.http.port default. */
    public List<String> checkWorkloads(List<JsonNode> manifests) {
        List<String> problems = new ArrayList<>();
        for (ServiceModel service : services.values()) {
            Optional<JsonNode> deployment = find(manifests, "Deployment", service.module());
            if (deployment.isEmpty()) {
                problems.add("no Deployment for " + service.module());
                continue;
            }
            JsonNode pod = deployment.get().path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").path(0);
            String image = container.path("image").asText();
            if (!image.startsWith(IMAGE_REPOSITORY + service.module() + ":")) {
                problems.add(service.module() + ": image " + image + " is not " + IMAGE_REPOSITORY + service.module()
                        + ":<version>");
            }
            Map<String, Integer> ports = new LinkedHashMap<>();
            container.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
            if (!ports.containsValue(service.httpPort())) {
                problems.add(service.module() + ": container ports " + ports.values()
                        + " do not include quarkus.http.port " + service.httpPort());
            }
            problems.addAll(checkProbe(service, container, "readinessProbe", "/q/health/ready", ports));
            problems.addAll(checkProbe(service, container, "livenessProbe", "/q/health/live", ports));
            JsonNode resources = container.path("resources");
            for (String part : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (resources.path(part).path(resource).isMissingNode()) {
                        problems.add(service.module() + ": no resources." + part + "." + resource);
                    }
                }
            }
            Optional<JsonNode> k8sService = find(manifests, "Service", service.module());
            if (k8sService.isEmpty()) {
                problems.add("no Service for " + service.module());
            } else {
                for (JsonNode port : k8sService.get().path("spec").path("ports")) {
                    JsonNode target = port.path("targetPort");
                    int targetPort = target.isInt() ? target.asInt() : ports.getOrDefault(target.asText(), -1);
                    if (targetPort != service.httpPort()) {
                        problems.add(service.module() + ": Service port " + port.path("port").asInt()
                                + " targets " + target.asText() + ", not the HTTP port " + service.httpPort());
                    }
                }
            }
            Optional<JsonNode> hpa = find(manifests, "HorizontalPodAutoscaler", service.module());
            if (hpa.isEmpty() || !service.module().equals(hpa.get().path("spec").path("scaleTargetRef")
                    .path("name").asText())) {
                problems.add(service.module() + ": no HorizontalPodAutoscaler scaling its Deployment");
            }
        }
        return problems;
    }

    private static List<String> checkProbe(ServiceModel service, JsonNode container, String probe, String path,
            Map<String, Integer> ports) {
        JsonNode get = container.path(probe).path("httpGet");
        JsonNode port = get.path("port");
        int number = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
        if (!path.equals(get.path("path").asText()) || number != service.httpPort()) {
            return List.of(service.module() + ": " + probe + " is not GET " + path + " on port " + service.httpPort());
        }
        return List.of();
    }

    // ---------------------------------------------------------------- configuration keys

    /**
     * Every environment variable given to a service (its own env, the ConfigMaps it takes whole, the overlays'
     * ConfigMap patches) sets a key the service reads.
     *
     * @param configMapKeys the keys of every ConfigMap by name, overlays included
     */
    public List<String> checkEnvironment(List<JsonNode> manifests, Map<String, Set<String>> configMapKeys) {
        List<String> problems = new ArrayList<>();
        for (ServiceModel service : services.values()) {
            find(manifests, "Deployment", service.module()).ifPresent(deployment -> {
                for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                    for (String variable : variablesOf(container, configMapKeys, service.module(), problems)) {
                        if (EnvironmentVariables.keyFor(variable, service).isEmpty()) {
                            problems.add(service.module() + ": environment variable " + variable
                                    + " sets no configuration key the service reads");
                        }
                    }
                }
            });
        }
        return problems;
    }

    private static List<String> variablesOf(JsonNode container, Map<String, Set<String>> configMapKeys,
            String module, List<String> problems) {
        List<String> variables = new ArrayList<>();
        container.path("env").forEach(e -> variables.add(e.path("name").asText()));
        for (JsonNode from : container.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText(null);
            if (name != null) {
                Set<String> keys = configMapKeys.get(name);
                if (keys == null) {
                    problems.add(module + ": envFrom ConfigMap " + name + " does not exist");
                } else {
                    variables.addAll(keys);
                }
            }
        }
        return variables;
    }

    /** The keys of every ConfigMap among the manifests. */
    public static Map<String, Set<String>> configMapKeys(List<JsonNode> manifests) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        manifests.stream().filter(m -> "ConfigMap".equals(m.path("kind").asText())).forEach(m -> {
            Set<String> names = keys.computeIfAbsent(m.path("metadata").path("name").asText(), n -> new HashSet<>());
            m.path("data").fieldNames().forEachRemaining(names::add);
        });
        return keys;
    }

    // ---------------------------------------------------------------- PostgreSQL (CloudNativePG)

    /**
     * The service's database (from its JDBC URL) exists in the CloudNativePG cluster, owned by the role whose
     * Secret the service logs in with (CREDALIGN_DB_USER / CREDALIGN_DB_PASSWORD).
     */
    public List<String> checkDatabases(List<JsonNode> manifests) {
        List<String> problems = new ArrayList<>();
        JsonNode cluster = manifests.stream().filter(m -> "Cluster".equals(m.path("kind").asText())
                && m.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")).findFirst().orElse(null);
        if (cluster == null) {
            return List.of("no CloudNativePG Cluster");
        }
        String clusterName = cluster.path("metadata").path("name").asText();
        Map<String, String> ownerByDatabase = new LinkedHashMap<>();
        Map<String, String> secretByRole = new LinkedHashMap<>();
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        if (initdb.has("database")) {
            ownerByDatabase.put(initdb.path("database").asText(), initdb.path("owner").asText());
            secretByRole.put(initdb.path("owner").asText(), initdb.path("secret").path("name").asText());
        }
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            secretByRole.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText());
        }
        manifests.stream().filter(m -> "Database".equals(m.path("kind").asText())
                && clusterName.equals(m.path("spec").path("cluster").path("name").asText()))
                .forEach(db -> ownerByDatabase.put(db.path("spec").path("name").asText(),
                        db.path("spec").path("owner").asText()));
        for (ServiceModel service : services.values()) {
            String owner = ownerByDatabase.get(service.database());
            if (owner == null) {
                problems.add(service.module() + ": database " + service.database() + " is not created in "
                        + clusterName);
                continue;
            }
            String roleSecret = secretByRole.get(owner);
            Optional<JsonNode> deployment = find(manifests, "Deployment", service.module());
            for (String variable : List.of("CREDALIGN_DB_USER", "CREDALIGN_DB_PASSWORD")) {
                String secret = deployment.map(d -> secretOf(d, variable)).orElse(null);
                if (secret == null || !secret.equals(roleSecret)) {
                    problems.add(service.module() + ": " + variable + " comes from Secret " + secret
                            + ", not from " + roleSecret + " of role " + owner + " owning database "
                            + service.database());
                }
            }
        }
        return problems;
    }

    private static String secretOf(JsonNode deployment, String variable) {
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode env : container.path("env")) {
                if (variable.equals(env.path("name").asText())) {
                    return env.path("valueFrom").path("secretKeyRef").path("name").asText(null);
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- Kafka topics and users (Strimzi)

    /**
     * Exactly the topics of docs/EVENTS.md plus the services' dead-letter topics are declared; every topic a
     * service produces or consumes is among them; event topics are compacted; replication 3.
     */
    public List<String> checkTopics(List<JsonNode> manifests) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        manifests.stream().filter(m -> "KafkaTopic".equals(m.path("kind").asText())).forEach(t -> {
            String name = t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText());
            declared.put(name, t);
        });
        Set<String> expected = new HashSet<>(events.producerByTopic().keySet());
        services.values().forEach(s -> expected.addAll(s.deadLetterTopics()));
        for (ServiceModel service : services.values()) {
            for (String topic : service.allTopics()) {
                if (!declared.containsKey(topic)) {
                    problems.add(service.module() + " uses topic " + topic + " but no KafkaTopic declares it");
                }
            }
        }
        for (String topic : expected) {
            if (!declared.containsKey(topic)) {
                problems.add("topic " + topic + " (docs/EVENTS.md or a dead-letter topic) has no KafkaTopic");
            }
        }
        declared.forEach((topic, manifest) -> {
            JsonNode spec = manifest.path("spec");
            if (!expected.contains(topic)) {
                problems.add("KafkaTopic " + topic + " is neither in docs/EVENTS.md nor a dead-letter topic");
            }
            boolean eventTopic = events.producerByTopic().containsKey(topic);
            String policy = spec.path("config").path("cleanup.policy").asText("delete");
            if (eventTopic && !"compact".equals(policy)) {
                problems.add("KafkaTopic " + topic + " carries full-state events but its cleanup.policy is " + policy);
            }
            if (spec.path("replicas").asInt() != 3) {
                problems.add("KafkaTopic " + topic + " has " + spec.path("replicas").asInt() + " replicas, not 3");
            }
            if (spec.path("partitions").asInt() < 1) {
                problems.add("KafkaTopic " + topic + " declares no partitions");
            }
        });
        return problems;
    }

    /**
     * Each service's KafkaUser grants what its code needs (a missing grant stops it at run time) and no more than
     * its contract allows: writes only to the topics docs/EVENTS.md says it produces and to its dead-letter topic;
     * attainment.* is read only by services whose code consumes it.
     */
    public List<String> checkKafkaUsers(List<JsonNode> manifests) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> users = manifests.stream().filter(m -> "KafkaUser".equals(m.path("kind").asText())).toList();
        for (ServiceModel service : services.values()) {
            Optional<JsonNode> user = users.stream()
                    .filter(u -> service.module().equals(u.path("metadata").path("name").asText())).findFirst();
            if (user.isEmpty()) {
                problems.add("no KafkaUser for " + service.module());
                continue;
            }
            Optional<JsonNode> deployment = find(manifests, "Deployment", service.module());
            String jaasSecret = deployment.map(d -> secretOf(d, "KAFKA_SASL_JAAS_CONFIG")).orElse(null);
            if (!service.module().equals(jaasSecret)) {
                problems.add(service.module() + ": KAFKA_SASL_JAAS_CONFIG comes from Secret " + jaasSecret
                        + ", not from its KafkaUser's Secret " + service.module());
            }
            List<JsonNode> acls = toList(user.get().path("spec").path("authorization").path("acls"));
            service.producedTopics().forEach(t -> requireGrant(problems, service, acls, "topic", t, PRODUCER_OPERATIONS));
            service.consumedTopics().forEach(t -> requireGrant(problems, service, acls, "topic", t, CONSUMER_OPERATIONS));
            service.deadLetterTopics().forEach(t ->
                    requireGrant(problems, service, acls, "topic", t, DEAD_LETTER_OPERATIONS));
            if (!service.consumedTopics().isEmpty()) {
                requireGrant(problems, service, acls, "group", service.applicationName(), Set.of("Read"));
            }
        }
        for (JsonNode user : users) {
            String name = user.path("metadata").path("name").asText();
            ServiceModel service = services.get(name);
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                if (!"topic".equals(resource.path("type").asText())) {
                    continue;
                }
                String pattern = resource.path("name").asText();
                boolean prefix = "prefix".equals(resource.path("patternType").asText());
                Set<String> operations = operations(acl);
                for (String topic : knownTopics()) {
                    if (!(prefix ? topic.startsWith(pattern) : topic.equals(pattern) || "*".equals(pattern))) {
                        continue;
                    }
                    boolean writes = operations.contains("Write") || operations.contains("AlterConfigs")
                            || operations.contains("All");
                    boolean ownDeadLetter = service != null && service.deadLetterTopics().contains(topic);
                    if (writes && !ownDeadLetter && (service == null || !events.isProducer(topic, service))) {
                        problems.add("KafkaUser " + name + " may write " + topic + " but docs/EVENTS.md names another"
                                + " producer");
                    }
                    boolean reads = operations.contains("Read") || operations.contains("All");
                    if (reads && topic.startsWith("attainment.")
                            && (service == null || service.consumedTopics().stream()
                                    .noneMatch(t -> t.startsWith("attainment.")))) {
                        problems.add("KafkaUser " + name + " may read internal topic " + topic
                                + " but its code consumes no attainment.* topic");
                    }
                }
            }
        }
        return problems;
    }

    private Set<String> knownTopics() {
        Set<String> topics = new HashSet<>(events.producerByTopic().keySet());
        services.values().forEach(s -> topics.addAll(s.allTopics()));
        return topics;
    }

    private static void requireGrant(List<String> problems, ServiceModel service, List<JsonNode> acls, String type,
            String name, Set<String> needed) {
        Set<String> granted = new HashSet<>();
        for (JsonNode acl : acls) {
            JsonNode resource = acl.path("resource");
            String pattern = resource.path("name").asText();
            boolean prefix = "prefix".equals(resource.path("patternType").asText());
            if (type.equals(resource.path("type").asText())
                    && (prefix ? name.startsWith(pattern) : name.equals(pattern) || "*".equals(pattern))) {
                granted.addAll(operations(acl));
            }
        }
        if (!granted.contains("All") && !granted.containsAll(needed)) {
            Set<String> missing = new java.util.TreeSet<>(needed);
            missing.removeAll(granted);
            problems.add("KafkaUser " + service.module() + " lacks " + missing + " on " + type + " " + name);
        }
    }

    private static Set<String> operations(JsonNode acl) {
        Set<String> operations = new HashSet<>();
        acl.path("operations").forEach(o -> operations.add(o.asText()));
        if (acl.has("operation")) {
            operations.add(acl.path("operation").asText());
        }
        return operations;
    }

    // ---------------------------------------------------------------- Ingress

    /**
     * Models ingress-nginx with use-regex: paths are regular expressions matched at the start of the request
     * path, longest path first. Every route leads to a path the owning service documents (or, for /, to the
     * service serving the dashboard) on its HTTP port, and every documented path reaches the service owning it.
     */
    public List<String> checkIngress(List<JsonNode> manifests) {
        List<String> problems = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        manifests.stream().filter(m -> "Ingress".equals(m.path("kind").asText()))
                .flatMap(i -> stream(i.path("spec").path("rules")))
                .flatMap(rule -> stream(rule.path("http").path("paths")))
                .forEach(p -> routes.add(new Route(p.path("path").asText(),
                        p.path("backend").path("service").path("name").asText(),
                        p.path("backend").path("service").path("port").path("number").asInt())));
        if (routes.isEmpty()) {
            return List.of("no Ingress routes");
        }
        routes.sort(Comparator.comparingInt((Route r) -> r.path().length()).reversed());
        for (Route route : routes) {
            ServiceModel owner = services.get(route.service());
            if (owner == null) {
                problems.add("Ingress path " + route.path() + " leads to " + route.service()
                        + ", which is not a CredAlign service");
                continue;
            }
            if (route.port() != owner.httpPort()) {
                problems.add("Ingress path " + route.path() + " uses port " + route.port() + " of " + owner.module()
                        + ", which listens on " + owner.httpPort());
            }
            if ("/".equals(route.path())) {
                if (!owner.servesDashboard()) {
                    problems.add("Ingress path / leads to " + owner.module() + ", which does not serve the dashboard");
                }
                continue;
            }
            boolean documented = openApiPaths.getOrDefault(owner.module(), List.of()).stream()
                    .anyMatch(p -> route.matches(sample(p)));
            if (!documented) {
                problems.add("Ingress path " + route.path() + " matches no path of " + owner.module()
                        + "'s OpenAPI document");
            }
        }
        openApiPaths.forEach((module, paths) -> {
            for (String path : paths) {
                Optional<Route> chosen = routes.stream().filter(r -> r.matches(sample(path))).findFirst();
                if (chosen.isEmpty()) {
                    problems.add(module + " documents " + path + " but no Ingress path reaches it");
                } else if (!chosen.get().service().equals(module)) {
                    problems.add(module + " documents " + path + " but the Ingress sends it to "
                            + chosen.get().service() + " (path " + chosen.get().path() + ")");
                }
            }
        });
        return problems;
    }

    /** A concrete request path for an OpenAPI path template: {state} becomes a sample segment. */
    static String sample(String template) {
        return template.replaceAll("\\{[^}]+}", "X1");
    }

    record Route(String path, String service, int port) {
        boolean matches(String requestPath) {
            return Pattern.compile(path, Pattern.CASE_INSENSITIVE).matcher(requestPath).lookingAt();
        }
    }

    // ---------------------------------------------------------------- compose

    /**
     * The compose file runs each service from credalign/&lt;module&gt; on its HTTP port, with environment
     * variables that set keys the service reads, and its PostgreSQL creates each service's database.
     *
     * @param postgresInit the text of the PostgreSQL init script the compose file mounts
     */
    public List<String> checkCompose(JsonNode compose, String postgresInit) {
        List<String> problems = new ArrayList<>();
        JsonNode composeServices = compose.path("services");
        for (ServiceModel service : services.values()) {
            JsonNode entry = composeServices.path(service.module());
            if (entry.isMissingNode()) {
                problems.add("compose: no service " + service.module());
                continue;
            }
            String image = entry.path("image").asText();
            if (!image.startsWith(IMAGE_REPOSITORY + service.module() + ":")) {
                problems.add("compose: " + service.module() + " runs image " + image);
            }
            boolean portPublished = stream(entry.path("ports"))
                    .anyMatch(p -> p.asText().endsWith(":" + service.httpPort()));
            if (!portPublished) {
                problems.add("compose: " + service.module() + " does not publish its HTTP port " + service.httpPort());
            }
            for (String variable : composeEnvironment(entry)) {
                if (EnvironmentVariables.keyFor(variable, service).isEmpty()) {
                    problems.add("compose: " + service.module() + ": environment variable " + variable
                            + " sets no configuration key the service reads");
                }
            }
            if (!Pattern.compile("(?i)create\\s+database\\s+\"?" + service.database() + "\"?\\b")
                    .matcher(postgresInit).find()) {
                problems.add("compose: the PostgreSQL init script does not create database " + service.database());
            }
        }
        return problems;
    }

    private static List<String> composeEnvironment(JsonNode entry) {
        List<String> variables = new ArrayList<>();
        JsonNode environment = entry.path("environment");
        if (environment.isObject()) {
            environment.fieldNames().forEachRemaining(variables::add);
        } else {
            environment.forEach(e -> variables.add(e.asText().split("=", 2)[0]));
        }
        return variables;
    }

    // ---------------------------------------------------------------- helpers

    static Optional<JsonNode> find(List<JsonNode> manifests, String kind, String name) {
        return manifests.stream().filter(m -> kind.equals(m.path("kind").asText())
                && name.equals(m.path("metadata").path("name").asText())).findFirst();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return toList(array).stream();
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
