package dev.marquee.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Marquee booking server: one Spring Boot application made of Spring Modulith modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MarqueeServer {

    public static void main(String[] args) {
        SpringApplication.run(MarqueeServer.class, args);
    }
}
