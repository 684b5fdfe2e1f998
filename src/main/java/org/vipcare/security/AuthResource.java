package org.vipcare.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

@Path("/api/v1/auth")
@Tag(name = "Auth",
        description = "Bearer tokens for a username and password, refreshed with single-use refresh tokens.")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final String TOKENS_EXAMPLE = "{\"accessToken\":\"eyJhbGciOiJSUzI1NiJ9...\",\"expiresIn\":1800,"
            + "\"refreshToken\":\"kq3Yd0m1m0nS3eYqQ0n9vY8b2xZ1aQ4cT7wE5rU6iO8\",\"refreshExpiresIn\":2592000,"
            + "\"tokenType\":\"Bearer\"}";
    private static final String REFRESH_EXAMPLE = "{\"refreshToken\":\"kq3Yd0m1m0nS3eYqQ0n9vY8b2xZ1aQ4cT7wE5rU6iO8\"}";

    private final Authenticator authenticator;
    private final RefreshTokenService refreshTokens;

    public AuthResource(Authenticator authenticator, RefreshTokenService refreshTokens) {
        this.authenticator = authenticator;
        this.refreshTokens = refreshTokens;
    }

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "createToken",
            summary = "Exchange a username and password for an access and a refresh token",
            description = "The access token lives expiresIn seconds (30 minutes by default); the refresh token, "
                    + "refreshExpiresIn seconds (30 days), gets the next pair from refreshTokens. Failed attempts are "
                    + "slowed down per username and client address (429 with Retry-After). Not idempotent by key: a "
                    + "retry simply starts another session.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "agent",
            value = "{\"username\":\"agent1\",\"password\":\"agent1\"}")))
    @APIResponse(responseCode = "200", description = "Tokens issued",
            content = @Content(schema = @Schema(implementation = AccessToken.class),
                    examples = @ExampleObject(name = "tokens", value = TOKENS_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts")
    public AccessToken token(@Valid @NotNull Credentials credentials, HttpServerRequest request) {
        String address = ClientAddress.of(request);
        User user = authenticator.authenticate(credentials.username(), credentials.password(), address,
                        "POST /api/v1/auth/token")
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "security.login.failed",
                        "Wrong username or password."));
        return refreshTokens.signIn(user, address, request.getHeader(HttpHeaders.USER_AGENT));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "refreshToken", summary = "Trade a refresh token for a new access and refresh token",
            description = "Each refresh token works once: keep the new one and forget the old. Presenting a spent one "
                    + "again answers 401 and ends its whole session (someone else may hold a copy). A refresh token "
                    + "also stops working when its user is disabled or changes roles or password.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "refresh", value = REFRESH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "New tokens; the presented refresh token is spent",
            content = @Content(schema = @Schema(implementation = AccessToken.class),
                    examples = @ExampleObject(name = "tokens", value = TOKENS_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Refresh token unknown, spent, expired or revoked: sign in again")
    public AccessToken refresh(@Valid @NotNull RefreshRequest body, HttpServerRequest request) {
        return refreshTokens.refresh(body.refreshToken(), ClientAddress.of(request),
                request.getHeader(HttpHeaders.USER_AGENT));
    }

    @POST
    @Path("/logout")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "logout", summary = "End the session of a refresh token",
            description = "Revokes the refresh token and its session; an unknown or already ended one is accepted "
                    + "too, so a retry is harmless. Access tokens already issued stay valid until they expire "
                    + "(expiresIn): drop them on the client.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "logout", value = REFRESH_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Session ended")
    public void logout(@Valid @NotNull RefreshRequest body) {
        refreshTokens.signOut(body.refreshToken());
    }
}
