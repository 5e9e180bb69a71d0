package dev.ltt.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One endpoint of the API: method, path (Javalin syntax, {@code {param}}), who may call it, and its handler. */
public record Route(HandlerType method, String path, Access access, Handler handler) {

    public static Route get(String path, Access access, Handler handler) {
        return new Route(HandlerType.GET, path, access, handler);
    }

    public static Route post(String path, Access access, Handler handler) {
        return new Route(HandlerType.POST, path, access, handler);
    }

    public static Route delete(String path, Access access, Handler handler) {
        return new Route(HandlerType.DELETE, path, access, handler);
    }

    public static Route patch(String path, Access access, Handler handler) {
        return new Route(HandlerType.PATCH, path, access, handler);
    }
}
