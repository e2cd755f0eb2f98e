package io.redress.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The images the manifests run are the ones the services build with Jib (./mvnw package -Pimages): a non-root
 * user the pods' securityContext agrees with, and JVM flags for containers.
 */
class ImageTest {

    @ParameterizedTest
    @FieldSource("io.redress.k8s.Rendered#SERVICES")
    void eachServiceBuildsANonRootImageThatItsDeploymentRuns(String service) {
        Properties properties = Repository.applicationProperties(service);
        String pom = Repository.read(service + "-service/pom.xml");

        assertTrue(pom.contains("<artifactId>quarkus-container-image-jib</artifactId>"));
        int user = Integer.parseInt(properties.getProperty("quarkus.jib.user"));
        assertTrue(user > 0, "image user " + user);
        for (String overlay : Overlays.ALL) {
            Deployment deployment = Overlays.as(Overlays.rendered(overlay).one("Deployment", service), Deployment.class);
            assertEquals(user, deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser().intValue());
            String image = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            assertTrue(image.contains("/" + service + "-service:"), image);
        }
        String flags = properties.getProperty("quarkus.jib.jvm-additional-arguments");
        assertTrue(flags.contains("-XX:MaxRAMPercentage=") && flags.contains("-XX:+ExitOnOutOfMemoryError"), flags);
    }
}
