package io.redress.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the three services once for every end-to-end class and stops them after the last one: a start costs
 * about a minute, and every class works on complaints of its own, so they need no fresh suite.
 */
final class SharedSuite implements BeforeAllCallback {

    private static Suite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Suite.class, key -> {
            try {
                suite = new Suite();
                return suite;
            } catch (Exception e) {
                throw new IllegalStateException("the end-to-end suite did not start", e);
            }
        }, Suite.class);
    }

    static Suite suite() {
        return suite;
    }
}
