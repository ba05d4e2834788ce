package dev.marquee.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.OpenApiContract;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** A new installation without a configured password gets an administrator whose password is logged once. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"marquee.bootstrap.admin-password=", "marquee.bootstrap.admin-username=root-admin"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
@ExtendWith(OpenApiContract.class)
class FirstAdministratorTest {

    @LocalServerPort
    int port;

    @Test
    void generatedPasswordIsPrintedAndWorks(CapturedOutput output) {
        // Capture starts before the context does, so the start-up log is in the captured output.
        Matcher printed = Pattern.compile("administrator 'root-admin' with password\\s+(\\S+)").matcher(output.getAll());
        assertThat(printed.find()).as("the generated password is logged").isTrue();
        Api api = new Api(port);
        assertThat(api.login("root-admin", printed.group(1))).isNotBlank();
    }
}
