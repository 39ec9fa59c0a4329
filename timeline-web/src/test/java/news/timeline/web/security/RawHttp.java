package news.timeline.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests written byte for byte, as a hostile client sends them: a path no HTTP library would encode that
 * way, a header with any value, a body cut short. Each waits at most {@link #TIMEOUT_MS} for the answer.
 */
final class RawHttp {

    /** Longer than any answer should take; a request still unanswered then counts as a hang. */
    static final int TIMEOUT_MS = 5000;

    /** An answer: its status (-1 when none came in time), how long it took, and its head and body as text. */
    record Answer(int status, long millis, String text) {
        boolean hung() {
            return status < 0;
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code method target} with {@code headers} and {@code body}; Host, Content-Length and Connection are added. */
    Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", "127.0.0.1:" + port);
            all.putAll(headers);
            all.put("Connection", "close");
            if (body != null && !all.containsKey("Content-Length")) {
                all.put("Content-Length", Integer.toString(body.length));
            }
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String text = read(socket.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Answer(status(text), millis, text);
        } catch (SocketTimeoutException e) {
            return new Answer(-1, (System.nanoTime() - start) / 1_000_000, "no answer within " + TIMEOUT_MS + " ms");
        } catch (IOException e) {
            // The server closing on a request it cannot parse is an answer, not a failure.
            return new Answer(0, (System.nanoTime() - start) / 1_000_000, "connection closed: " + e.getMessage());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long deadline = System.nanoTime() + TIMEOUT_MS * 1_000_000L;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            bytes.write(buffer, 0, n);
            if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException("the answer did not end within " + TIMEOUT_MS + " ms");
            }
            if (bytes.size() > 4 << 20) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static int status(String text) {
        if (!text.startsWith("HTTP/1.")) {
            return 0;
        }
        try {
            return Integer.parseInt(text.substring(9, 12));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
