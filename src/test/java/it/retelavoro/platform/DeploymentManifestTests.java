package it.retelavoro.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests of {@code deploy/} against what the build and the application say (issue 19): what can be
 * checked without a cluster. The image and its port are the ones the profile {@code image} of {@code pom.xml} builds,
 * the probes ask the health groups {@code application.yml} exposes, every setting the application needs reaches the
 * container, and the database is the CloudNativePG cluster the manifests create, its primary for writes and its
 * replicas for the reports.
 */
class DeploymentManifestTests {

    static final Path DEPLOY = Path.of("deploy");
    static final Path POM = Path.of("pom.xml");
    static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");
    static final Path MAIN_SOURCES = Path.of("src/main/java");

    /**
     * Without these the application does not start on an external database (the first administrator, when the
     * database has none: {@code NetworkBootstrap}), reads and writes the wrong database, or, behind the Ingress, sees
     * every client with the proxy's address (the login throttle and the portal's limits count per address).
     */
    static final List<String> REQUIRED_SETTINGS = List.of(
            "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
            "RETELAVORO_DATASOURCE_REPLICA_URL", "RETELAVORO_DATASOURCE_REPLICA_USERNAME",
            "RETELAVORO_DATASOURCE_REPLICA_PASSWORD",
            "SERVER_FORWARD_HEADERS_STRATEGY",
            "RETELAVORO_ADMIN_USERNAME", "RETELAVORO_ADMIN_PASSWORD");

    /**
     * The application starts without these, but an installation must set its own: without an SMTP server no mail
     * leaves (they stay in the outbox), the sender would be {@code noreply@retelavoro.invalid}, and the OpenAPI
     * document would name the Region's service and a local sandbox as the API's servers.
     */
    static final List<String> PRODUCTION_SETTINGS = List.of(
            "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD",
            "RETELAVORO_MAIL_FROM", "RETELAVORO_API_SERVERS_0_URL");

    static final String LIVENESS = "/actuator/health/liveness";
    static final String READINESS = "/actuator/health/readiness";

    static Manifests manifests;
    static Build build;
    static Map<String, Object> application;

    @BeforeAll
    static void read() throws Exception {
        manifests = Manifests.read(DEPLOY);
        build = Build.read(POM);
        try (Reader reader = Files.newBufferedReader(APPLICATION_YML)) {
            application = new Yaml().load(reader);
        }
    }

    @Test
    void every_manifest_parses_and_names_its_api_version_kind_and_name() {
        assertThat(manifests.files()).as("YAML files in %s", DEPLOY).isNotEmpty();
        for (Path file : manifests.files()) {
            assertThat(manifests.in(file)).as("%s holds at least one document", file).isNotEmpty();
        }
        for (Manifest manifest : manifests.all()) {
            assertThat(manifest.string("apiVersion")).as("apiVersion of a document in %s", manifest.file()).isNotBlank();
            assertThat(manifest.kind()).as("kind of a document in %s", manifest.file()).isNotBlank();
            if (!manifest.kind().equals("Kustomization")) {
                assertThat(manifest.name()).as("metadata.name of a %s in %s", manifest.kind(), manifest.file())
                        .isNotBlank();
            }
        }
    }

    @Test
    void the_kustomization_applies_every_manifest_but_the_examples_of_secrets() {
        Manifest kustomization = manifests.one("Kustomization");
        List<String> resources = kustomization.strings("resources");
        Set<String> expected = new TreeSet<>();
        for (Path file : manifests.files()) {
            String name = file.getFileName().toString();
            if (!name.equals("kustomization.yaml") && !name.endsWith(".example.yaml")) {
                expected.add(name);
            }
        }
        assertThat(new TreeSet<>(resources)).as("the resources of %s: every manifest of %s", kustomization.file(), DEPLOY)
                .isEqualTo(expected);
        assertThat(resources).as("an example Secret applied with the rest would overwrite the real one with placeholders")
                .noneMatch(resource -> resource.endsWith(".example.yaml"));
    }

    @Test
    void the_deployment_runs_the_image_the_build_makes_on_the_port_the_application_listens_on() {
        Manifest container = container();
        String image = container.string("image");
        int tag = image.lastIndexOf(':');
        assertThat(tag).as("the image %s has a tag", image).isGreaterThan(image.lastIndexOf('/'));
        assertThat(image.substring(0, tag)).as("the image's repository: image.name of the profile 'image' in %s", POM)
                .isEqualTo(build.imageName());
        assertThat(image.substring(tag + 1)).as("the image's tag: the project's version in %s", POM)
                .isEqualTo(build.version());

        int serverPort = serverPort();
        assertThat(build.port()).as("the port Jib exposes (%s) is server.port of %s", POM, APPLICATION_YML)
                .isEqualTo(serverPort);
        assertThat(containerPort().integer("containerPort")).as("the container's port is server.port of %s",
                APPLICATION_YML).isEqualTo(serverPort);

        Path mainClass = MAIN_SOURCES.resolve(build.mainClass().replace('.', '/') + ".java");
        assertThat(mainClass).as("the main class Jib starts, %s", build.mainClass()).exists();
    }

    @Test
    void the_service_the_ingress_and_the_network_policy_reach_the_pods_on_the_container_port() {
        Map<String, Object> podLabels = podTemplate().map("metadata", "labels");
        Manifest containerPort = containerPort();

        Manifest service = manifests.one("Service");
        assertThat(podLabels).as("the pods carry the labels the Service %s selects", service.name())
                .containsAllEntriesOf(service.map("spec", "selector"));
        List<Manifest> servicePorts = service.list("spec", "ports");
        assertThat(servicePorts).as("ports of the Service %s", service.name()).isNotEmpty();
        for (Manifest port : servicePorts) {
            assertThat(refersTo(port.get("targetPort"), containerPort))
                    .as("the Service's targetPort %s is the container's port %s", port.get("targetPort"),
                            containerPort.get("containerPort"))
                    .isTrue();
        }

        Manifest ingress = manifests.one("Ingress");
        List<Manifest> rules = ingress.list("spec", "rules");
        assertThat(rules).as("rules of the Ingress").isNotEmpty();
        Set<String> hosts = new LinkedHashSet<>();
        for (Manifest rule : rules) {
            hosts.add(rule.string("host"));
            for (Manifest path : rule.list("http", "paths")) {
                Manifest backend = path.child("backend", "service");
                assertThat(backend.string("name")).as("the Ingress sends %s to the Service", rule.string("host"))
                        .isEqualTo(service.name());
                Manifest port = backend.child("port");
                Object wanted = port.get("name") != null ? port.get("name") : port.get("number");
                assertThat(servicePorts).as("the Service has the port %s the Ingress names", wanted)
                        .anyMatch(servicePort -> wanted.equals(servicePort.get("name"))
                                || wanted.equals(servicePort.get("port")));
            }
        }

        List<Manifest> tls = ingress.list("spec", "tls");
        assertThat(tls).as("the Ingress serves HTTPS (spec.tls)").isNotEmpty();
        Set<String> tlsHosts = new LinkedHashSet<>();
        for (Manifest entry : tls) {
            assertThat(entry.string("secretName")).as("the certificate's secret of the Ingress").isNotBlank();
            tlsHosts.addAll(entry.strings("hosts"));
        }
        assertThat(tlsHosts).as("every host of the Ingress has its certificate").containsAll(hosts);

        Manifest policy = manifests.one("NetworkPolicy");
        assertThat(podLabels).as("the NetworkPolicy selects the application's pods")
                .containsAllEntriesOf(policy.map("spec", "podSelector", "matchLabels"));
        assertThat(policy.list("spec", "ingress")).as("the NetworkPolicy lets the ingress controller in on the "
                        + "container's port")
                .anyMatch(rule -> rule.list("ports").stream().anyMatch(port -> refersTo(port.get("port"), containerPort)));
    }

    @Test
    void the_rolling_update_and_the_disruption_budget_keep_an_instance_serving() {
        Manifest deployment = manifests.one("Deployment");
        int replicas = deployment.integer("spec", "replicas");
        assertThat(replicas).as("replicas of the Deployment: one may go while the other serves").isGreaterThanOrEqualTo(2);
        assertThat(deployment.string("spec", "strategy", "type")).as("the Deployment's strategy").isEqualTo("RollingUpdate");
        assertThat(deployment.get("spec", "strategy", "rollingUpdate", "maxUnavailable"))
                .as("no old pod stops before a new one is ready").isEqualTo(0);

        Map<String, Object> podLabels = podTemplate().map("metadata", "labels");
        assertThat(podLabels).as("the Deployment's selector matches its own pods")
                .containsAllEntriesOf(deployment.map("spec", "selector", "matchLabels"));

        Manifest budget = manifests.one("PodDisruptionBudget");
        Map<String, Object> selected = budget.map("spec", "selector", "matchLabels");
        assertThat(selected).as("the PodDisruptionBudget selects by labels").isNotEmpty();
        assertThat(podLabels).as("the pods carry the labels the PodDisruptionBudget selects")
                .containsAllEntriesOf(selected);
        assertThat(budget.integer("spec", "minAvailable")).as("minAvailable of the PodDisruptionBudget: at least one, "
                + "and fewer than the replicas, or no node could ever be drained").isBetween(1, replicas - 1);
    }

    @Test
    void the_probes_ask_the_health_groups_the_application_exposes() {
        Manifest container = container();
        Manifest containerPort = containerPort();
        assertThat(container.string("livenessProbe", "httpGet", "path")).as("the liveness probe").isEqualTo(LIVENESS);
        assertThat(container.string("readinessProbe", "httpGet", "path")).as("the readiness probe").isEqualTo(READINESS);
        assertThat(container.string("startupProbe", "httpGet", "path"))
                .as("the startup probe waits for the process to be alive, not for the database").isEqualTo(LIVENESS);
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            Object port = container.get(probe, "httpGet", "port");
            assertThat(refersTo(port, containerPort)).as("the %s asks the container's port, not %s", probe, port).isTrue();
        }
        int startupSeconds = container.integer("startupProbe", "periodSeconds")
                * container.integer("startupProbe", "failureThreshold");
        assertThat(startupSeconds).as("seconds the startup probe waits: the Flyway migrations run before the first "
                + "answer").isGreaterThanOrEqualTo(300);

        Manifest yml = new Manifest(APPLICATION_YML, application);
        assertThat(yml.get("management", "endpoint", "health", "probes", "enabled"))
                .as("management.endpoint.health.probes.enabled in %s: the groups liveness and readiness exist",
                        APPLICATION_YML)
                .isEqualTo(true);
        assertThat(String.valueOf(yml.get("management", "endpoints", "web", "exposure", "include")))
                .as("the health endpoint is exposed over HTTP").contains("health");
        assertThat(String.valueOf(yml.get("management", "endpoint", "health", "group", "readiness", "include")))
                .as("readiness includes the database, so that a pod without it gets no traffic").contains("db");
    }

    @Test
    void every_setting_the_application_needs_reaches_the_container() {
        for (String name : REQUIRED_SETTINGS) {
            assertThat(provided(name)).as("the required setting %s is given to the container: in its env, or by the "
                    + "ConfigMap or the Secret of its envFrom", name).isTrue();
        }
        for (String name : PRODUCTION_SETTINGS) {
            assertThat(provided(name)).as("the setting %s, which production must set, is given to the container", name)
                    .isTrue();
        }
        for (Manifest source : container().list("envFrom")) {
            String kind = source.get("configMapRef") != null ? "ConfigMap" : "Secret";
            Manifest reference = source.child(kind.equals("ConfigMap") ? "configMapRef" : "secretRef");
            assertThat(manifests.named(kind, reference.string("name")))
                    .as("the %s %s of envFrom is in %s (a Secret at least as an example)", kind,
                            reference.string("name"), DEPLOY)
                    .isPresent();
        }
    }

    @Test
    void passwords_and_secrets_are_never_plain_settings() {
        for (Manifest configMap : manifests.all("ConfigMap")) {
            assertThat(configMap.map("data").keySet()).as("keys of the ConfigMap %s", configMap.name())
                    .noneMatch(DeploymentManifestTests::isSecret);
        }
        for (Manifest variable : container().list("env")) {
            if (isSecret(variable.string("name"))) {
                assertThat(variable.get("value")).as("%s comes from a secret, never as a value in the Deployment",
                        variable.string("name")).isNull();
            }
        }
    }

    @Test
    void the_database_is_the_cloudnativepg_cluster_of_three_its_primary_for_writes_its_replicas_for_reports() {
        Manifest cluster = manifests.one("Cluster");
        assertThat(cluster.string("apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.integer("spec", "instances")).as("instances of the PostgreSQL cluster: a primary and two "
                + "replicas").isEqualTo(3);
        String database = cluster.string("spec", "bootstrap", "initdb", "database");
        String owner = cluster.string("spec", "bootstrap", "initdb", "owner");
        assertThat(database).as("the database the cluster creates").isNotBlank();
        assertThat(owner).as("its owner, the application's user").isNotBlank();

        URI primary = jdbc(value("SPRING_DATASOURCE_URL"));
        assertThat(primary.getHost()).as("SPRING_DATASOURCE_URL names the service of the primary")
                .isEqualTo(cluster.name() + "-rw");
        assertThat(primary.getPath()).as("SPRING_DATASOURCE_URL names the cluster's database").isEqualTo("/" + database);
        URI replica = jdbc(value("RETELAVORO_DATASOURCE_REPLICA_URL"));
        assertThat(replica.getHost()).as("RETELAVORO_DATASOURCE_REPLICA_URL names the service of the replicas only")
                .isEqualTo(cluster.name() + "-ro");
        assertThat(replica.getPath()).as("RETELAVORO_DATASOURCE_REPLICA_URL names the cluster's database")
                .isEqualTo("/" + database);

        for (String name : List.of("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "RETELAVORO_DATASOURCE_REPLICA_USERNAME", "RETELAVORO_DATASOURCE_REPLICA_PASSWORD")) {
            Manifest reference = environment(name).orElseThrow().child("valueFrom", "secretKeyRef");
            assertThat(reference.string("name")).as("%s from the secret CloudNativePG writes for the owner", name)
                    .isEqualTo(cluster.name() + "-app");
            assertThat(reference.string("key")).as("the key of %s in %s-app", name, cluster.name())
                    .isEqualTo(name.endsWith("USERNAME") ? "username" : "password");
        }

        Manifest backup = manifests.one("ScheduledBackup");
        assertThat(backup.string("spec", "cluster", "name")).as("the ScheduledBackup backs up the cluster")
                .isEqualTo(cluster.name());
        List<Manifest> archivers = cluster.list("spec", "plugins").stream()
                .filter(plugin -> Boolean.TRUE.equals(plugin.get("isWALArchiver"))).toList();
        assertThat(archivers).as("the cluster archives its WAL (point-in-time recovery)").hasSize(1);
        String store = archivers.get(0).string("parameters", "barmanObjectName");
        assertThat(manifests.named("ObjectStore", store)).as("the ObjectStore %s the WAL archive names", store)
                .isPresent();
        assertThat(backup.string("spec", "pluginConfiguration", "name")).as("the ScheduledBackup uses the plugin "
                + "that archives the WAL").isEqualTo(archivers.get(0).string("name"));
        Manifest credentials = manifests.named("ObjectStore", store).orElseThrow()
                .child("spec", "configuration", "s3Credentials");
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            Manifest reference = credentials.child(key);
            Optional<Manifest> secret = manifests.named("Secret", reference.string("name"));
            assertThat(secret).as("the Secret %s of the object store's %s, at least as an example",
                    reference.string("name"), key).isPresent();
            assertThat(secret.orElseThrow().map("stringData")).as("its key %s", reference.string("key"))
                    .containsKey(reference.string("key"));
        }
    }

    @Test
    void the_container_runs_as_a_user_that_is_not_root_on_a_read_only_file_system() {
        Manifest pod = podTemplate().child("spec");
        assertThat(pod.get("securityContext", "runAsNonRoot")).as("runAsNonRoot of the pod").isEqualTo(true);
        assertThat(pod.integer("securityContext", "runAsUser")).as("the pod's user").isPositive()
                .as("the pod's user is the image's (%s)", POM).isEqualTo(build.userId());

        Manifest container = container();
        assertThat(container.get("securityContext", "allowPrivilegeEscalation")).as("allowPrivilegeEscalation")
                .isEqualTo(false);
        assertThat(container.get("securityContext", "readOnlyRootFilesystem")).as("readOnlyRootFilesystem")
                .isEqualTo(true);
        assertThat(container.strings("securityContext", "capabilities", "drop")).as("capabilities dropped")
                .contains("ALL");

        Set<String> emptyDirs = new LinkedHashSet<>();
        for (Manifest volume : pod.list("volumes")) {
            if (volume.get("emptyDir") != null) {
                emptyDirs.add(volume.string("name"));
            }
        }
        assertThat(container.list("volumeMounts")).as("/tmp is writable (java.io.tmpdir: Tomcat, uploads, exports)")
                .anyMatch(mount -> "/tmp".equals(mount.get("mountPath")) && emptyDirs.contains(mount.string("name")));
    }

    // --- what the manifests say

    static Manifest podTemplate() {
        return manifests.one("Deployment").child("spec", "template");
    }

    static Manifest container() {
        List<Manifest> containers = podTemplate().list("spec", "containers");
        assertThat(containers).as("the Deployment runs one container").hasSize(1);
        return containers.get(0);
    }

    static Manifest containerPort() {
        List<Manifest> ports = container().list("ports");
        assertThat(ports).as("the container declares its port").hasSize(1);
        return ports.get(0);
    }

    /** A port given by number or by the name of the container's port. */
    static boolean refersTo(Object port, Manifest containerPort) {
        return port != null && (port.equals(containerPort.get("containerPort")) || port.equals(containerPort.get("name")));
    }

    static Optional<Manifest> environment(String name) {
        return container().list("env").stream().filter(variable -> name.equals(variable.get("name"))).findFirst();
    }

    /** The sources of the container's envFrom that define the key, in the manifests. */
    static List<Manifest> envFromSources(String name) {
        List<Manifest> sources = new ArrayList<>();
        for (Manifest source : container().list("envFrom")) {
            String kind = source.get("configMapRef") != null ? "ConfigMap" : "Secret";
            String reference = source.get("configMapRef") != null
                    ? source.string("configMapRef", "name") : source.string("secretRef", "name");
            manifests.named(kind, reference)
                    .filter(found -> found.map("data").containsKey(name) || found.map("stringData").containsKey(name))
                    .ifPresent(sources::add);
        }
        return sources;
    }

    static boolean provided(String name) {
        return environment(name).isPresent() || !envFromSources(name).isEmpty();
    }

    /** A plain value of the container's environment: its env, or a ConfigMap of its envFrom. */
    static String value(String name) {
        Optional<Manifest> variable = environment(name);
        if (variable.isPresent() && variable.get().get("value") != null) {
            return variable.get().string("value");
        }
        return envFromSources(name).stream().filter(source -> source.kind().equals("ConfigMap"))
                .map(source -> source.string("data", name)).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no plain value in the Deployment or its ConfigMap"));
    }

    static boolean isSecret(String name) {
        return name.endsWith("PASSWORD") || name.endsWith("SECRET") || name.endsWith("_KEY");
    }

    static URI jdbc(String url) {
        assertThat(url).as("a PostgreSQL JDBC URL").startsWith("jdbc:postgresql://");
        return URI.create(url.substring("jdbc:".length()));
    }

    static int serverPort() {
        Object port = new Manifest(APPLICATION_YML, application).get("server", "port");
        return port == null ? 8080 : Integer.parseInt(String.valueOf(port));
    }

    // --- reading

    /** One YAML document (or a part of one) of a file, navigated by keys. */
    record Manifest(Path file, Map<String, Object> body) {

        Object get(String... path) {
            Object current = body;
            for (String key : path) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(key);
            }
            return current;
        }

        String string(String... path) {
            Object value = get(path);
            return value == null ? null : String.valueOf(value);
        }

        int integer(String... path) {
            Object value = get(path);
            assertThat(value).as("%s in %s", String.join(".", path), file).isInstanceOf(Integer.class);
            return (Integer) value;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String... path) {
            Object value = get(path);
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        Manifest child(String... path) {
            Object value = get(path);
            assertThat(value).as("%s in %s", String.join(".", path), file).isInstanceOf(Map.class);
            return new Manifest(file, map(path));
        }

        @SuppressWarnings("unchecked")
        List<Manifest> list(String... path) {
            Object value = get(path);
            if (!(value instanceof List<?> items)) {
                return List.of();
            }
            return items.stream().filter(Map.class::isInstance)
                    .map(item -> new Manifest(file, (Map<String, Object>) item)).toList();
        }

        List<String> strings(String... path) {
            Object value = get(path);
            return value instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
        }

        String kind() {
            return string("kind");
        }

        String name() {
            return string("metadata", "name");
        }
    }

    /** Every document of every {@code *.yaml} in the directory. */
    record Manifests(List<Path> files, List<Manifest> all) {

        @SuppressWarnings("unchecked")
        static Manifests read(Path directory) throws IOException {
            List<Path> files;
            try (Stream<Path> listing = Files.list(directory)) {
                files = listing.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            }
            List<Manifest> all = new ArrayList<>();
            for (Path file : files) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        if (document != null) {
                            assertThat(document).as("a document of %s is a mapping", file).isInstanceOf(Map.class);
                            all.add(new Manifest(file, (Map<String, Object>) document));
                        }
                    }
                }
            }
            return new Manifests(files, all);
        }

        List<Manifest> in(Path file) {
            return all.stream().filter(manifest -> manifest.file().equals(file)).toList();
        }

        List<Manifest> all(String kind) {
            return all.stream().filter(manifest -> kind.equals(manifest.kind())).toList();
        }

        Manifest one(String kind) {
            List<Manifest> found = all(kind);
            assertThat(found).as("one %s in %s", kind, DEPLOY).hasSize(1);
            return found.get(0);
        }

        Optional<Manifest> named(String kind, String name) {
            return all(kind).stream().filter(manifest -> Objects.equals(name, manifest.name())).findFirst();
        }
    }

    /** What the profile {@code image} of {@code pom.xml} builds. */
    record Build(String version, String imageName, int port, int userId, String mainClass) {

        static final String PROFILE = "/project/profiles/profile[id='image']";
        static final String JIB = PROFILE + "/build/plugins/plugin[artifactId='jib-maven-plugin']/configuration";

        static Build read(Path pom) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            XPath xpath = XPathFactory.newInstance().newXPath();
            String version = xpath.evaluate("/project/version", document).strip();
            String imageName = xpath.evaluate(PROFILE + "/properties/image.name", document).strip();
            String port = xpath.evaluate(JIB + "/container/ports/port", document).strip();
            String user = xpath.evaluate(JIB + "/container/user", document).strip();
            String mainClass = xpath.evaluate(JIB + "/container/mainClass", document).strip();
            assertThat(imageName).as("image.name in the profile 'image' of %s", pom).isNotBlank();
            assertThat(port).as("the port of Jib's container in %s", pom).matches("\\d+");
            assertThat(user).as("the user of Jib's container in %s, uid:gid", pom).matches("\\d+(:\\d+)?");
            assertThat(mainClass).as("the main class of Jib's container in %s", pom).isNotBlank();
            return new Build(version, imageName, Integer.parseInt(port), Integer.parseInt(user.split(":")[0]),
                    mainClass);
        }
    }
}
