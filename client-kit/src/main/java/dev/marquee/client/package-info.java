/**
 * The client kit shared by the Marquee desktop apps: {@link dev.marquee.client.MarqueeClient} for the REST API,
 * {@link dev.marquee.client.live.LiveUpdates} for pushed updates, and, under {@code fx}, the shared JavaFX pieces.
 */
package dev.marquee.client;
