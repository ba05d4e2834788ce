package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word, for requests it refuses before any application code runs (an encoded slash, a NUL or a
 * backslash in the path, an unreadable request line): a problem detail in place of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String type = (resolved == null ? ProblemTypes.INTERNAL_ERROR : ApiProblemHandler.typeFor(resolved)).toString();
        String title = resolved == null ? "Error" : resolved.getReasonPhrase();
        String detail = status >= 500 ? "Something went wrong on the server." : "The request could not be read: check its path, "
                + "which must be plain and normalised (no encoded slashes, NUL characters or backslashes), and its headers.";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                // Fixed texts only, so the JSON needs no escaping.
                writer.write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // The connection is gone or the response was committed meanwhile: nothing more to say.
        }
    }
}
