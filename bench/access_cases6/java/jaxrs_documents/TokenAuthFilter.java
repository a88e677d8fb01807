package com.example.documents.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Set;
import javax.crypto.SecretKey;

@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class TokenAuthFilter implements ContainerRequestFilter {

    private static final SecretKey KEY = Keys.hmacShaKeyFor(
        System.getenv("DOCUMENTS_JWT_KEY").getBytes(StandardCharsets.UTF_8));

    private static final Set<String> OPEN_PATHS = Set.of("health", "auth/login", "documents/shared/");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (OPEN_PATHS.stream().anyMatch(path::startsWith)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer ")) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        Claims claims;
        try {
            claims = Jwts.parser()
                .verifyWith(KEY)
                .requireIssuer("documents")
                .build()
                .parseSignedClaims(header.substring(7))
                .getPayload();
        } catch (JwtException e) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        String username = claims.getSubject();
        String role = claims.get("role", String.class);
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> username;
            }

            @Override
            public boolean isUserInRole(String r) {
                return r.equals(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }
}
