package dev.ltt.server.http;

import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, made before Javalin sees a request (a request line with a raw space, a broken
 * percent-encoding, a NUL in the path, headers or a URI too long), written as problem+json like every
 * other error instead of Jetty's HTML page. Installed as the server's error handler; stateless.
 */
public final class JettyProblems extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE_UTF8);
        // Jetty ends the connection after a request it refused this early: say so, or a client that reuses the
        // connection for its next request reads nothing at all
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE_UTF8);
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int status, String reason) {
        HttpStatus http = HttpStatus.forStatus(status);
        String detail = "the server could not accept this request ("
                + (reason == null || reason.isBlank() ? http.getMessage() : reason)
                + "): check the URL and its percent-encoding";
        return Problem.of(status, detail).bytes();
    }
}
