/**
 * The Marquee booking server: one Spring Boot application whose sub-packages are its modules.
 */
@NullMarked
package dev.marquee.server;

import org.jspecify.annotations.NullMarked;
