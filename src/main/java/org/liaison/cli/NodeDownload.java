package org.liaison.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;

/** Fetches a file a running node makes on request (a backup, an audit export) with an API token, into a file. */
final class NodeDownload {

    private NodeDownload() {
    }

    /**
     * @param token    the token given, or null for {@code $LIAISON_TOKEN}
     * @param whoseToken who must own the token, for the refusal message, e.g. "an administrator's"
     */
    static void toFile(CommandLine cli, URI node, String pathAndQuery, String token, String whoseToken, Path file)
            throws IOException, InterruptedException {
        String bearer = token != null ? token : System.getenv("LIAISON_TOKEN");
        if (bearer == null || bearer.isBlank()) {
            throw new CommandLine.ParameterException(cli, "--node needs --token TOKEN (or LIAISON_TOKEN)");
        }
        HttpRequest request = HttpRequest.newBuilder(node.resolve(pathAndQuery))
                .header("Authorization", "Bearer " + bearer).timeout(Duration.ofMinutes(30)).GET().build();
        HttpResponse<Path> response;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = http.send(request, HttpResponse.BodyHandlers.ofFile(file));
        } catch (java.net.ConnectException e) {
            throw new IllegalStateException("no node answers at " + node);
        }
        if (response.statusCode() != 200) {
            String body = Files.readString(file);
            Files.deleteIfExists(file);
            throw new IllegalStateException(switch (response.statusCode()) {
                case 401, 403 -> "the node refused the token: " + whoseToken + " API token is needed";
                default -> "the node answered " + response.statusCode() + ": " + body;
            });
        }
    }
}
