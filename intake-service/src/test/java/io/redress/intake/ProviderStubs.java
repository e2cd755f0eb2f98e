package io.redress.intake;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the providers we cannot reach from here: an in-process WireMock server speaking the X and Graph
 * APIs, and GreenMail as a real SMTP server. Shared by every test of the module.
 */
public class ProviderStubs implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer providers;
    public static GreenMail smtp;

    @Override
    public Map<String, String> start() {
        providers = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        providers.start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return Map.of(
                "quarkus.rest-client.x-api.url", providers.baseUrl(),
                "quarkus.rest-client.graph-api.url", providers.baseUrl() + "/v21.0",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        providers.stop();
        smtp.stop();
    }
}
