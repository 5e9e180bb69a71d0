package dev.ltt.server;

import dev.ltt.Ltt;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/** {@code GET /health}: 200 {@code {status: "ok"}} when the database answers, 503 when it does not. */
final class HealthHandler implements Handler {
    private final Ltt ltt;

    HealthHandler(Ltt ltt) {
        this.ltt = ltt;
    }

    @Override
    public void handle(Context ctx) {
        boolean up;
        try {
            up = ltt.database()
                            .jdbi()
                            .withHandle(h -> h.createQuery("SELECT 1")
                                    .mapTo(Integer.class)
                                    .one())
                    == 1;
        } catch (RuntimeException e) {
            up = false;
        }
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "ok" : "unavailable", "database", up ? "up" : "down"));
    }
}
