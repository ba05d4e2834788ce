/**
 * The client kit shared by the Marquee desktop apps: {@link dev.marquee.client.MarqueeClient} for the REST API, split
 * by area ({@link dev.marquee.client.CatalogApi}, {@link dev.marquee.client.CheckInApi} and the others) over one
 * transport with one retry policy, {@link dev.marquee.client.live.LiveUpdates} for pushed updates, and, under
 * {@code fx}, the shared JavaFX pieces.
 */
package dev.marquee.client;
