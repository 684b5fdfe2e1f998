package org.vipcare.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.SharedHeaders;

@Path("/api/v1/auth")
@Tag(name = "Auth", description = "Bearer tokens for a username and password.")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final Authenticator authenticator;
    private final TokenService tokens;

    public AuthResource(Authenticator authenticator, TokenService tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "createToken", summary = "Exchange a username and password for a bearer token",
            description = "Failed attempts are throttled per username and per client address (429 with Retry-After). "
                    + "Not idempotent by key: a retry simply gets a fresh token.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "agent",
            value = "{\"username\":\"agent1\",\"password\":\"agent1\"}")))
    @APIResponse(responseCode = "200", description = "Token issued",
            content = @Content(schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts")
    public AccessToken token(@Valid @NotNull Credentials credentials, HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        User user = authenticator.authenticate(credentials.username(), credentials.password(), address,
                        "POST /api/v1/auth/token")
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED,
                        "Wrong username or password."));
        return tokens.issue(user);
    }
}
