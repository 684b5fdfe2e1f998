package org.vipcare.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;

/**
 * The integrator scenario of {@link ClientScenarioTest} again, written in Python and TypeScript against the clients
 * openapi-generator makes from docs/openapi.yaml with its default options (profile client-scenario, into
 * target/generated-clients). Each script runs as a child process against the service under test, with the users
 * made here in its environment, prints one line per step and exits non-zero on the first failed check.
 */
@QuarkusTest
class ClientScriptScenarioTest {

    private static final Path CLIENTS = Path.of("target", "generated-clients");
    private static final Path SCRIPTS = Path.of("src", "client-test");
    /** Where npm installs the pinned TypeScript compiler and tsc writes the JavaScript. */
    private static final Path TS_BUILD = Path.of("target", "ts");
    private static final long TIMEOUT_MINUTES = 3;

    @TestHTTPResource("/")
    URI base;

    @Test
    void pythonClientRunsTheScenario() throws Exception {
        ProcessBuilder python = new ProcessBuilder("python3", SCRIPTS.resolve("python/scenario.py").toString());
        python.environment().put("PYTHONPATH", CLIENTS.resolve("python").toString());
        assertAllStepsPass("python", run("python", python));
    }

    @Test
    void typescriptFetchClientCompilesAndRunsTheScenario() throws Exception {
        Files.createDirectories(TS_BUILD);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(SCRIPTS.resolve("typescript").resolve(file), TS_BUILD.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        // The lock file pins typescript and @types/node; --prefer-offline takes them from npm's cache once seen.
        assertEquals(0, exitCode("npm", new ProcessBuilder("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund")
                .directory(TS_BUILD.toFile())), "npm ci");
        assertEquals(0, exitCode("tsc", new ProcessBuilder("node",
                TS_BUILD.resolve("node_modules/typescript/bin/tsc").toString(),
                "-p", SCRIPTS.resolve("typescript/tsconfig.json").toString())), "the client and the scenario compile");

        ProcessBuilder node = new ProcessBuilder("node",
                TS_BUILD.resolve("out/src/client-test/typescript/scenario.js").toString());
        assertAllStepsPass("typescript", run("typescript", node));
    }

    /** Starts the script with the service and fresh users in its environment; its output, line by line. */
    private List<String> run(String name, ProcessBuilder script) throws Exception {
        TestData.TestUser agent = TestData.newConsoleUser(Role.AGENT);
        TestData.TestUser another = TestData.newConsoleUser(Role.AGENT);
        Map<String, String> env = script.environment();
        env.put("VIPCARE_BASE_URL", base.toString());
        env.put("VIPCARE_PASSWORD", TestData.PASSWORD);
        env.put("VIPCARE_ADMIN_PASSWORD", TestData.ADMIN_PASSWORD);
        env.put("VIPCARE_AGENT_USERNAME", agent.username());
        env.put("VIPCARE_AGENT_ID", agent.id().toString());
        env.put("VIPCARE_OTHER_AGENT_USERNAME", another.username());
        env.put("VIPCARE_MOBILE", TestData.mobile());
        env.put("VIPCARE_RUN", TestData.unique(name));
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        int exit = exitCode(name, script, lines);
        assertEquals(0, exit, name + " scenario exit code; its output:\n" + String.join("\n", lines));
        return lines;
    }

    private static int exitCode(String name, ProcessBuilder command) throws Exception {
        return exitCode(name, command, Collections.synchronizedList(new ArrayList<>()));
    }

    /**
     * Runs the command to its end, logging and collecting what it prints (stderr merged). The output is read on its
     * own thread so that a script stuck on a call still ends at the timeout.
     */
    private static int exitCode(String name, ProcessBuilder command, List<String> lines) throws Exception {
        long started = System.nanoTime();
        Process process = command.redirectErrorStream(true).start();
        CompletableFuture<Void> output = CompletableFuture.runAsync(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Log.infof("[%s] %s", name, line);
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not end within " + TIMEOUT_MINUTES + " minutes: " + lines);
        }
        output.get(10, TimeUnit.SECONDS);
        Log.infof("[%s] exit %d after %d ms", name, process.exitValue(), (System.nanoTime() - started) / 1_000_000);
        return process.exitValue();
    }

    private static void assertAllStepsPass(String name, List<String> lines) {
        List<String> steps = lines.stream().filter(l -> l.startsWith("step ")).toList();
        assertEquals(9, steps.size(), name + " reports nine steps: " + steps);
        IntStream.rangeClosed(1, 9).forEach(n -> assertTrue(steps.get(n - 1).startsWith("step " + n + " ok "),
                name + " step " + n + ": " + steps.get(n - 1)));
    }
}
