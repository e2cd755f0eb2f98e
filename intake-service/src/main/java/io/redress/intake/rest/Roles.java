package io.redress.intake.rest;

/** The roles of Redress's users and systems. */
public final class Roles {

    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    /** A connector, mail gateway or partner system pushing items in; its token's subject names it. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
