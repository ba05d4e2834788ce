/**
 * The harness of the modules that talk to the server: {@link dev.marquee.testing.ServerUnderTest} starts the real
 * server in-process, {@link dev.marquee.testing.LaunchedApp} starts a desktop app as a person does, and
 * {@link dev.marquee.testing.Screenshots} saves what a window shows.
 */
@NullMarked
package dev.marquee.testing;

import org.jspecify.annotations.NullMarked;
