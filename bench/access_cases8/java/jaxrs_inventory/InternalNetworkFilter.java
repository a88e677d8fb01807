package com.acme.inventory;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Defence in depth: the admin API is only reachable from the office and VPN networks, on top of
 * the admin role.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 10)
public class InternalNetworkFilter implements ContainerRequestFilter {

    private static final List<String> INTERNAL_PREFIXES = List.of("10.", "192.168.", "127.");

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!ctx.getUriInfo().getPath().startsWith("admin")) {
            return;
        }
        String caller = callerAddress(ctx);
        boolean internal = INTERNAL_PREFIXES.stream().anyMatch(caller::startsWith);
        if (!internal) {
            ctx.abortWith(Response.status(Response.Status.FORBIDDEN).build());
        }
    }

    private String callerAddress(ContainerRequestContext ctx) {
        String forwarded = ctx.getHeaderString("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return servletRequest.getRemoteAddr();
    }
}
