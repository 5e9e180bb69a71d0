package dev.ltt.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ltt.Ltt;
import dev.ltt.server.testing.TestServer;
import dev.ltt.testing.TestDatabase;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    @Test
    void a_request_in_flight_when_the_server_stops_still_gets_its_answer() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Consumer<JavalinConfig> slowRoute = config -> config.routes.addHttpHandler(HandlerType.GET, "/slow", ctx -> {
            entered.countDown();
            release.await(30, TimeUnit.SECONDS); // held until the test sees the server stopping
            ctx.result("finished");
        });
        try (Ltt ltt = new Ltt(TestDatabase.fresh(), TestServer.ADMIN_TOKEN)) {
            LttServer server = LttServer.create(ltt, List.of(slowRoute)).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "/slow")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            await().atMost(Duration.ofSeconds(10)).until(() -> refusesConnections(base));
            assertThat(stopping)
                    .as("stop waits for the request still in flight")
                    .isNotDone();

            release.countDown();
            stopping.get(LttServer.STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("finished");
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(base + "/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(ConnectException.class);
        }
    }

    private static boolean refusesConnections(String base) {
        try {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                            HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
